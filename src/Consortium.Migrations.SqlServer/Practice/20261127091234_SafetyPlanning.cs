using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
{
    /// <inheritdoc />
    public partial class SafetyPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SafetyNetworkMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    KnowsDangerStatements = table.Column<bool>(type: "bit", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyNetworkMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    WarningSigns = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    BottomLines = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ChildsVersion = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevisedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Rules = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlanRevisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyNetworkMembers_TenantId",
                table: "SafetyNetworkMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyNetworkMembers_TenantId_CaseId",
                table: "SafetyNetworkMembers",
                columns: new[] { "TenantId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRevisions_TenantId",
                table: "SafetyPlanRevisions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRevisions_TenantId_CaseId_Revision",
                table: "SafetyPlanRevisions",
                columns: new[] { "TenantId", "CaseId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SafetyNetworkMembers");

            migrationBuilder.DropTable(
                name: "SafetyPlanRevisions");
        }
    }
}
