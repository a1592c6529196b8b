using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Hub
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AuthorityCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "int", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Indicator = table.Column<int>(type: "int", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Numerator = table.Column<long>(type: "bigint", nullable: true),
                    Denominator = table.Column<long>(type: "bigint", nullable: true),
                    RatePer10000 = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    LowerQuartile = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    UpperQuartile = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotHeads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AuthorityCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "int", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "int", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ValueCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SnapshotHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AuthorityCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "int", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "int", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ValueCount = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SnapshotReceipts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_AuthorityCode_PeriodKind_PeriodStart_Indicator_CatalogueVersion",
                table: "IndicatorValues",
                columns: new[] { "AuthorityCode", "PeriodKind", "PeriodStart", "Indicator", "CatalogueVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Indicator_CatalogueVersion_PeriodKind_PeriodStart",
                table: "IndicatorValues",
                columns: new[] { "Indicator", "CatalogueVersion", "PeriodKind", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_SnapshotHeads_AuthorityCode_PeriodKind_PeriodStart_CatalogueVersion",
                table: "SnapshotHeads",
                columns: new[] { "AuthorityCode", "PeriodKind", "PeriodStart", "CatalogueVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SnapshotReceipts_AuthorityCode_PeriodKind_PeriodStart_CatalogueVersion",
                table: "SnapshotReceipts",
                columns: new[] { "AuthorityCode", "PeriodKind", "PeriodStart", "CatalogueVersion" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "SnapshotHeads");

            migrationBuilder.DropTable(
                name: "SnapshotReceipts");
        }
    }
}
