using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class WorkforceLeadership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PracticeLeaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeLeaders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeLeaders_StaffRecords_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeaderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttendeeIds = table.Column<string>(type: "TEXT", nullable: false),
                    CaseIds = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeSessions_StaffRecords_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "StaffRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainerLicences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainerLicences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainerLicences_StaffRecords_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeLeaders_StaffId",
                table: "PracticeLeaders",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeLeaders_TenantId_StaffId",
                table: "PracticeLeaders",
                columns: new[] { "TenantId", "StaffId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeSessions_LeaderId",
                table: "PracticeSessions",
                column: "LeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeSessions_TenantId_Date",
                table: "PracticeSessions",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainerLicences_StaffId",
                table: "TrainerLicences",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainerLicences_TenantId_StaffId",
                table: "TrainerLicences",
                columns: new[] { "TenantId", "StaffId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PracticeLeaders");

            migrationBuilder.DropTable(
                name: "PracticeSessions");

            migrationBuilder.DropTable(
                name: "TrainerLicences");
        }
    }
}
