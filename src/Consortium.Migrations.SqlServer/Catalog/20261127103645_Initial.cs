using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Catalog
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Identifier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    OldLaCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    NewLaCode = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    LaType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    RegionName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ChildrenAged0To17 = table.Column<int>(type: "int", nullable: false),
                    ConnectionString = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DocumentContainer = table.Column<string>(type: "nvarchar(63)", maxLength: 63, nullable: false),
                    IdpAuthority = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IdpMetadataAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IdpClientId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IdpClientSecretName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PolicySeedJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Identifier",
                table: "Tenants",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_NewLaCode",
                table: "Tenants",
                column: "NewLaCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
