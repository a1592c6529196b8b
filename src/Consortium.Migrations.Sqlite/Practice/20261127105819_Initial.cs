using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Migrations.Sqlite.Practice
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SexCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    EthnicityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: true),
                    DisabilityCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    PermittedStaff = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Children", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectWork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tool = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Worker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildsWords = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ChildConsent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentConsent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SharedWith = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    InformedMapId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectWork", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FamilyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LivesWithChild = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParentalResponsibility = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiblingChildId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyMaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MapDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HarmStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ComplicatingFactors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExistingStrengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExistingSafety = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    NextSteps = table.Column<string>(type: "TEXT", nullable: true),
                    Pairs = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyMaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyNetworkMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    KnowsDangerStatements = table.Column<bool>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyNetworkMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WarningSigns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BottomLines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChildsVersion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlanRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingsRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SiblingGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReferralDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferralSource = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PrimaryNeed = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AssessmentStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentAuthorised = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentFactors = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StrategyDiscussion = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Section47Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InitialConference = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CategoryOfAbuse = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ProtectionPlanStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectionPlanEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NeedPlanStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    WorkerSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MapId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonRole = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyRatings_SafetyMaps_MapId",
                        column: x => x.MapId,
                        principalTable: "SafetyMaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoreGroupMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoreGroupMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoreGroupMeetings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewConferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewConferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewConferences_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageChanges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_TenantId_ChildId_Id",
                table: "AccessLog",
                columns: new[] { "TenantId", "ChildId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChildId",
                table: "Cases",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_AssessmentAuthorised",
                table: "Cases",
                columns: new[] { "TenantId", "AssessmentAuthorised" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_ClosedOn",
                table: "Cases",
                columns: new[] { "TenantId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_Reference",
                table: "Cases",
                columns: new[] { "TenantId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_ReferralDate",
                table: "Cases",
                columns: new[] { "TenantId", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_SiblingGroupId",
                table: "Cases",
                columns: new[] { "TenantId", "SiblingGroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_Team_Stage",
                table: "Cases",
                columns: new[] { "TenantId", "Team", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TenantId_WorkerSubject_Stage",
                table: "Cases",
                columns: new[] { "TenantId", "WorkerSubject", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_TenantId_FamilyName_GivenName",
                table: "Children",
                columns: new[] { "TenantId", "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_TenantId_Reference",
                table: "Children",
                columns: new[] { "TenantId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoreGroupMeetings_CaseId_PlanStart_HeldOn",
                table: "CoreGroupMeetings",
                columns: new[] { "CaseId", "PlanStart", "HeldOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectWork_TenantId_CaseId",
                table: "DirectWork",
                columns: new[] { "TenantId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectWork_TenantId_ChildId",
                table: "DirectWork",
                columns: new[] { "TenantId", "ChildId" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_ChildId",
                table: "FamilyMembers",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewConferences_CaseId_PlanStart_HeldOn",
                table: "ReviewConferences",
                columns: new[] { "CaseId", "PlanStart", "HeldOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_ChildId",
                table: "SafetyMaps",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMaps_TenantId_CaseId_Version",
                table: "SafetyMaps",
                columns: new[] { "TenantId", "CaseId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyNetworkMembers_TenantId_CaseId",
                table: "SafetyNetworkMembers",
                columns: new[] { "TenantId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlanRevisions_TenantId_CaseId_Revision",
                table: "SafetyPlanRevisions",
                columns: new[] { "TenantId", "CaseId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_MapId",
                table: "SafetyRatings",
                column: "MapId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyRatings_TenantId_MapId",
                table: "SafetyRatings",
                columns: new[] { "TenantId", "MapId" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsRevisions_TenantId_Kind_Version",
                table: "SettingsRevisions",
                columns: new[] { "TenantId", "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_CaseId_EffectiveOn",
                table: "StageChanges",
                columns: new[] { "CaseId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_TenantId_To_EffectiveOn",
                table: "StageChanges",
                columns: new[] { "TenantId", "To", "EffectiveOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "CoreGroupMeetings");

            migrationBuilder.DropTable(
                name: "DirectWork");

            migrationBuilder.DropTable(
                name: "FamilyMembers");

            migrationBuilder.DropTable(
                name: "ReviewConferences");

            migrationBuilder.DropTable(
                name: "SafetyNetworkMembers");

            migrationBuilder.DropTable(
                name: "SafetyPlanRevisions");

            migrationBuilder.DropTable(
                name: "SafetyRatings");

            migrationBuilder.DropTable(
                name: "SettingsRevisions");

            migrationBuilder.DropTable(
                name: "StageChanges");

            migrationBuilder.DropTable(
                name: "SafetyMaps");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Children");
        }
    }
}
