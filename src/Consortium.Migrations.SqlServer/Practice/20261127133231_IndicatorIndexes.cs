using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
{
    /// <inheritdoc />
    public partial class IndicatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyRatings_TenantId_MapId",
                table: "SafetyRatings");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_TenantId_MapId_PairId_Score_Agency",
                table: "SafetyRatings",
                columns: new[] { "TenantId", "MapId", "PairId", "Score", "Agency" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_TenantId_MapDate",
                table: "SafetyMaps",
                columns: new[] { "TenantId", "MapDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyRatings_TenantId_MapId_PairId_Score_Agency",
                table: "SafetyRatings");

            migrationBuilder.DropIndex(
                name: "IX_SafetyMaps_TenantId_MapDate",
                table: "SafetyMaps");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_TenantId_MapId",
                table: "SafetyRatings",
                columns: new[] { "TenantId", "MapId" });
        }
    }
}
