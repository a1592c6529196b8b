using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class ReferralDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReferralDetails",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReferrerAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferrerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReferrerAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ReferrerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralDetails", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_ReferralDetails_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralDetails");
        }
    }
}
