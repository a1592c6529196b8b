using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class SafetyPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SafetyNetworkMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    KnowsDangerStatements = table.Column<bool>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyNetworkMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WarningSigns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BottomLines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChildsVersion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlanRevisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyNetworkMembers_TenantId",
                table: "SafetyNetworkMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyNetworkMembers_TenantId_CaseId",
                table: "SafetyNetworkMembers",
                columns: new[] { "TenantId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRevisions_TenantId",
                table: "SafetyPlanRevisions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRevisions_TenantId_CaseId_Revision",
                table: "SafetyPlanRevisions",
                columns: new[] { "TenantId", "CaseId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SafetyNetworkMembers");

            migrationBuilder.DropTable(
                name: "SafetyPlanRevisions");
        }
    }
}
