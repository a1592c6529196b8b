using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class AuthorisationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuthorisationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CategoryOfAbuse = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    AssessmentFactors = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IncludeSiblings = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorisationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuthorisationRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationRequests_CaseId",
                table: "AuthorisationRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationRequests_TenantId_CaseId_Decision",
                table: "AuthorisationRequests",
                columns: new[] { "TenantId", "CaseId", "Decision" });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationRequests_TenantId_Decision",
                table: "AuthorisationRequests",
                columns: new[] { "TenantId", "Decision" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuthorisationRequests");
        }
    }
}
