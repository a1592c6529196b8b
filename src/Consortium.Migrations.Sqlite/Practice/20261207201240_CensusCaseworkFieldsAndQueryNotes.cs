using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class CensusCaseworkFieldsAndQueryNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfDeath",
                table: "Children",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormerUpn",
                table: "Children",
                type: "TEXT",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Upn",
                table: "Children",
                type: "TEXT",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpnUnknown",
                table: "Children",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestCategoryOfAbuse",
                table: "Cases",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReferralNfa",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CensusQueryNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LaChildId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CensusQueryNotes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CensusQueryNotes_TenantId_Year_Rule_LaChildId",
                table: "CensusQueryNotes",
                columns: new[] { "TenantId", "Year", "Rule", "LaChildId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CensusQueryNotes");

            migrationBuilder.DropColumn(
                name: "DateOfDeath",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "FormerUpn",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "Upn",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "UpnUnknown",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "LatestCategoryOfAbuse",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReferralNfa",
                table: "Cases");
        }
    }
}
