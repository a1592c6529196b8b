using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormerUpn",
                table: "Children",
                type: "nvarchar(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Upn",
                table: "Children",
                type: "nvarchar(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpnUnknown",
                table: "Children",
                type: "nvarchar(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestCategoryOfAbuse",
                table: "Cases",
                type: "nvarchar(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReferralNfa",
                table: "Cases",
                type: "bit",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CensusQueryNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    LaChildId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    WrittenBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
