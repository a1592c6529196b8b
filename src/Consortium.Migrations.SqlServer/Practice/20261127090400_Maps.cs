using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    MapDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HarmStatement = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ComplicatingFactors = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ExistingStrengths = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ExistingSafety = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NextSteps = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Pairs = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyMaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MapId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PairId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PersonRole = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Why = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
