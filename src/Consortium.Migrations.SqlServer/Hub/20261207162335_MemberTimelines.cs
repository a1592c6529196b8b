using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Hub
{
    /// <inheritdoc />
    public partial class MemberTimelines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberTimelines",
                columns: table => new
                {
                    AuthorityCode = table.Column<string>(type: "varchar(9)", unicode: false, maxLength: 9, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    IntroducedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BaselineFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    BaselineTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Phases = table.Column<string>(type: "varchar(1000)", unicode: false, maxLength: 1000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberTimelines", x => x.AuthorityCode);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberTimelines");
        }
    }
}
