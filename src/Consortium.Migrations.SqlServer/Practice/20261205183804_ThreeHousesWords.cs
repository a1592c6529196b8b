using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
{
    /// <inheritdoc />
    public partial class ThreeHousesWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DreamsWords",
                table: "DirectWork",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GoodThingsWords",
                table: "DirectWork",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WorriesWords",
                table: "DirectWork",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DreamsWords",
                table: "DirectWork");

            migrationBuilder.DropColumn(
                name: "GoodThingsWords",
                table: "DirectWork");

            migrationBuilder.DropColumn(
                name: "WorriesWords",
                table: "DirectWork");
        }
    }
}
