using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class Maps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SafetyMaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MapDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HarmStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ComplicatingFactors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExistingStrengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExistingSafety = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    NextSteps = table.Column<string>(type: "TEXT", nullable: true),
                    Pairs = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyMaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MapId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonRole = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyRatings_SafetyMaps_MapId",
                        column: x => x.MapId,
                        principalTable: "SafetyMaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_ChildId",
                table: "SafetyMaps",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_TenantId",
                table: "SafetyMaps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_TenantId_CaseId_Version",
                table: "SafetyMaps",
                columns: new[] { "TenantId", "CaseId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_MapId",
                table: "SafetyRatings",
                column: "MapId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_TenantId",
                table: "SafetyRatings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_TenantId_MapId",
                table: "SafetyRatings",
                columns: new[] { "TenantId", "MapId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SafetyRatings");

            migrationBuilder.DropTable(
                name: "SafetyMaps");
        }
    }
}
