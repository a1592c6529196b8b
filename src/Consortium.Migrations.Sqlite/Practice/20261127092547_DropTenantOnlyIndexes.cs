using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class DropTenantOnlyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StageChanges_TenantId",
                table: "StageChanges");

            migrationBuilder.DropIndex(
                name: "IX_SettingsRevisions_TenantId",
                table: "SettingsRevisions");

            migrationBuilder.DropIndex(
                name: "IX_SafetyRatings_TenantId",
                table: "SafetyRatings");

            migrationBuilder.DropIndex(
                name: "IX_SafetyPlanRevisions_TenantId",
                table: "SafetyPlanRevisions");

            migrationBuilder.DropIndex(
                name: "IX_SafetyNetworkMembers_TenantId",
                table: "SafetyNetworkMembers");

            migrationBuilder.DropIndex(
                name: "IX_SafetyMaps_TenantId",
                table: "SafetyMaps");

            migrationBuilder.DropIndex(
                name: "IX_DirectWork_TenantId",
                table: "DirectWork");

            migrationBuilder.DropIndex(
                name: "IX_Children_TenantId",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TenantId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_AccessLog_TenantId",
                table: "AccessLog");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_TenantId",
                table: "StageChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SettingsRevisions_TenantId",
                table: "SettingsRevisions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_TenantId",
                table: "SafetyRatings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRevisions_TenantId",
                table: "SafetyPlanRevisions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyNetworkMembers_TenantId",
                table: "SafetyNetworkMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_TenantId",
                table: "SafetyMaps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectWork_TenantId",
                table: "DirectWork",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Children_TenantId",
                table: "Children",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId",
                table: "Cases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_TenantId",
                table: "AccessLog",
                column: "TenantId");
        }
    }
}
