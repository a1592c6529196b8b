using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
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
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReferrerAnonymous = table.Column<bool>(type: "bit", nullable: false),
                    ReferrerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReferrerAgency = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferrerPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ReferrerEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true)
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
