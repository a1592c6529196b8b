using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class CaseworkSafetyPlanAgreement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgreedBy",
                table: "SafetyPlanRevisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreedOn",
                table: "SafetyPlanRevisions",
                type: "TEXT",
                nullable: true);

            // Revisions written before agreement was recorded were agreed by nobody on record.
            migrationBuilder.Sql("UPDATE SafetyPlanRevisions SET AgreedBy = '[]' WHERE AgreedBy IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgreedBy",
                table: "SafetyPlanRevisions");

            migrationBuilder.DropColumn(
                name: "AgreedOn",
                table: "SafetyPlanRevisions");
        }
    }
}
