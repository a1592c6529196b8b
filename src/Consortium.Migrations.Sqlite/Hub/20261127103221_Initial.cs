using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Hub
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Indicator = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Numerator = table.Column<long>(type: "INTEGER", nullable: true),
                    Denominator = table.Column<long>(type: "INTEGER", nullable: true),
                    RatePer10000 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    LowerQuartile = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    UpperQuartile = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotHeads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValueCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SnapshotHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    PeriodKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CatalogueVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValueCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false)
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
