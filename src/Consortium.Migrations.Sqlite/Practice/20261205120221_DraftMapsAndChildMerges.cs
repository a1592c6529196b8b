using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class DraftMapsAndChildMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDraft",
                table: "SafetyMaps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // A map started and never written on (before drafts existed) is a draft, so the indicators stop counting it.
            migrationBuilder.Sql("UPDATE SafetyMaps SET IsDraft = 1 WHERE HarmStatement = '' AND ComplicatingFactors = '' AND ExistingStrengths = '' AND ExistingSafety = '' AND (Pairs IS NULL OR Pairs = '[]')");

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoChildId",
                table: "Children",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Children_TenantId_DateOfBirth",
                table: "Children",
                columns: new[] { "TenantId", "DateOfBirth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Children_TenantId_DateOfBirth",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "IsDraft",
                table: "SafetyMaps");

            migrationBuilder.DropColumn(
                name: "MergedIntoChildId",
                table: "Children");
        }
    }
}
