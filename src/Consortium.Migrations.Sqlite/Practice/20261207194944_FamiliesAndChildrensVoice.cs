using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class FamiliesAndChildrensVoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChildViewWords",
                table: "DirectWork",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ExplainedWorries",
                table: "DirectWork",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "PlanMakesSafe",
                table: "DirectWork",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "StoryHelped",
                table: "DirectWork",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.CreateTable(
                name: "FamilyGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyGoals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FamilyGoalRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyGoalRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyGoalRatings_FamilyGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "FamilyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyGoalRatings_GoalId",
                table: "FamilyGoalRatings",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyGoalRatings_TenantId_Stage_RatedOn",
                table: "FamilyGoalRatings",
                columns: new[] { "TenantId", "Stage", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyGoals_TenantId_CaseId",
                table: "FamilyGoals",
                columns: new[] { "TenantId", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyGoalRatings");

            migrationBuilder.DropTable(
                name: "FamilyGoals");

            migrationBuilder.DropColumn(
                name: "ChildViewWords",
                table: "DirectWork");

            migrationBuilder.DropColumn(
                name: "ExplainedWorries",
                table: "DirectWork");

            migrationBuilder.DropColumn(
                name: "PlanMakesSafe",
                table: "DirectWork");

            migrationBuilder.DropColumn(
                name: "StoryHelped",
                table: "DirectWork");
        }
    }
}
