using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.SqlServer.Practice
{
    /// <inheritdoc />
    public partial class DirectWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectWork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tool = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Worker = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChildsWords = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ChildConsent = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParentConsent = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SharedWith = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    InformedMapId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Documents = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectWork", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectWork_TenantId",
                table: "DirectWork",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectWork_TenantId_ChildId",
                table: "DirectWork",
                columns: new[] { "TenantId", "ChildId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectWork");
        }
    }
}
