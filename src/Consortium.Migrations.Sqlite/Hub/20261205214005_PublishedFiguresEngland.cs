using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Hub
{
    /// <inheritdoc />
    public partial class PublishedFiguresEngland : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedAreas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OldLaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    NewLaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    RegionName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubRegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: true),
                    SubRegionName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CinYears = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    WorkforceYears = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    MapsTo = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedNeighbours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    NeighbourCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    NeighbourName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Closeness = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedNeighbours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedPopulation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    OldLaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    MidYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPopulation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    OldLaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: true),
                    Indicator = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Number = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedValues", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedNeighbours_AreaCode_Rank",
                table: "PublishedNeighbours",
                columns: new[] { "AreaCode", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedPopulation_AreaCode_MidYear",
                table: "PublishedPopulation",
                columns: new[] { "AreaCode", "MidYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedValues_AreaCode_Indicator_Year",
                table: "PublishedValues",
                columns: new[] { "AreaCode", "Indicator", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedValues_Indicator_Year",
                table: "PublishedValues",
                columns: new[] { "Indicator", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedAreas");

            migrationBuilder.DropTable(
                name: "PublishedNeighbours");

            migrationBuilder.DropTable(
                name: "PublishedPopulation");

            migrationBuilder.DropTable(
                name: "PublishedValues");
        }
    }
}
