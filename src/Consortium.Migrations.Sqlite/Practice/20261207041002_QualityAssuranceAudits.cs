using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class QualityAssuranceAudits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    PerTeam = table.Column<int>(type: "INTEGER", nullable: false),
                    Drawn = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAudits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuditorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuditorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AllocatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FrameworkVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConversationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConversationAttendees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PractitionerRating = table.Column<int>(type: "INTEGER", nullable: true),
                    AuditorRating = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkingWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Worries = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NeedsToHappen = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FamilyAsked = table.Column<bool>(type: "INTEGER", nullable: false),
                    FamilyExplained = table.Column<int>(type: "INTEGER", nullable: true),
                    FamilyListened = table.Column<int>(type: "INTEGER", nullable: true),
                    FamilyPlanSafe = table.Column<int>(type: "INTEGER", nullable: true),
                    FamilyWords = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcernRaisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ConcernManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcernManagerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcernAcknowledgedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    NeedsModeration = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModeratorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModeratedGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAudits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AuditId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CarriedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CarriedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditActions_CaseAudits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditDomainScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AuditId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DomainKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DomainTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditDomainScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditDomainScores_CaseAudits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_AuditId_DueOn",
                table: "AuditActions",
                columns: new[] { "AuditId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditDomainScores_AuditId_DomainKey",
                table: "AuditDomainScores",
                columns: new[] { "AuditId", "DomainKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditSamples_TenantId_Month",
                table: "AuditSamples",
                columns: new[] { "TenantId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_CaseId_Month",
                table: "CaseAudits",
                columns: new[] { "CaseId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_CompletedOn",
                table: "CaseAudits",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_Month_AuditorId",
                table: "CaseAudits",
                columns: new[] { "Month", "AuditorId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_Status_DueOn",
                table: "CaseAudits",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditActions");

            migrationBuilder.DropTable(
                name: "AuditDomainScores");

            migrationBuilder.DropTable(
                name: "AuditSamples");

            migrationBuilder.DropTable(
                name: "CaseAudits");
        }
    }
}
