using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Hub
{
    /// <inheritdoc />
    public partial class HeldIndicatorValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HeldIndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AuthorityCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "int", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Indicator = table.Column<int>(type: "int", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "int", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Numerator = table.Column<long>(type: "bigint", nullable: true),
                    Denominator = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeldIndicatorValues", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HeldIndicatorValues_AuthorityCode_CatalogueVersion_PeriodStart",
                table: "HeldIndicatorValues",
                columns: new[] { "AuthorityCode", "CatalogueVersion", "PeriodStart" });

            // What the hub holds already counts as held: its latest values become the first revision of each.
            migrationBuilder.Sql(
                "INSERT INTO HeldIndicatorValues (AuthorityCode, PeriodKind, PeriodStart, Indicator, CatalogueVersion, ComputedAt, Status, Value, Numerator, Denominator) "
                + "SELECT AuthorityCode, PeriodKind, PeriodStart, Indicator, CatalogueVersion, ComputedAt, Status, Value, Numerator, Denominator FROM IndicatorValues");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeldIndicatorValues");
        }
    }
}
