"""Initial schema of the whole domain, and the antennas of the programme

Revision ID: 0001_initial
Revises:
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

ANTENNA_NAMESPACE = uuid.UUID("6f1c2b7e-3a55-4c1e-9a0e-5d7c8e0b1a01")
DEFAULT_ANTENNAS = (
    ("BXL", "Brussels"),
    ("ANT", "Antwerp"),
    ("GNT", "Ghent"),
    ("LGE", "Liège"),
    ("MEC", "Mechelen"),
    ("VRV", "Verviers"),
    ("CRL", "Charleroi"),
)


revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "antennas",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_antennas")),
        sa.UniqueConstraint("code", name=op.f("uq_antennas_code")),
    )
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "audit_entries",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "view",
                "export",
                name="auditaction",
                native_enum=False,
                length=8,
            ),
            nullable=False,
        ),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_record_id"), ["record_id"], unique=False)

    op.create_table(
        "partners",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "employment_service",
                "cpas_ocmw",
                "association",
                "company",
                "other",
                name="partnerkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("contact_name", sa.String(length=160), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=32), nullable=True),
        sa.Column("import_mapping", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
    )
    op.create_table(
        "coordinators",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["antenna_id"],
            ["antennas.id"],
            name=op.f("fk_coordinators_antenna_id_antennas"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinators")),
    )
    with op.batch_alter_table("coordinators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordinators_antenna_id"), ["antenna_id"], unique=False
        )

    op.create_table(
        "import_batches",
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_import_batches_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_import_batches_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_sha256"), ["sha256"], unique=False)

    op.create_table(
        "persons",
        sa.Column(
            "role",
            sa.Enum("mentee", "mentor", name="personrole", native_enum=False, length=8),
            nullable=False,
        ),
        sa.Column("antenna_id", sa.Uuid(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("sort_key", sa.String(length=210), nullable=False),
        sa.Column(
            "gender", sa.Enum("F", "M", "X", name="gender", native_enum=False), nullable=True
        ),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("postal_code", sa.String(length=8), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=True),
        sa.Column("availability", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("age_override_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["antenna_id"],
            ["antennas.id"],
            name=op.f("fk_persons_antenna_id_antennas"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_persons_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_persons_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_persons_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "consents",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "programme",
                "followup_contact",
                "referrer_sharing",
                "media",
                name="consentpurpose",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("text_version", sa.String(length=32), nullable=False),
        sa.Column("collected_by_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collected_by_id"],
            ["coordinators.id"],
            name=op.f("fk_consents_collected_by_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_consents_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_person_id"), ["person_id"], unique=False)

    op.create_table(
        "import_batch_records",
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_batch_records_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_import_batch_records_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("batch_id", "person_id", name=op.f("pk_import_batch_records")),
    )
    with op.batch_alter_table("import_batch_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_records_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "journal_entries",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_journal_entries_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_journal_entries_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
    )
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journal_entries_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "mentees",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "info_session",
                "intake",
                "waiting",
                "matched",
                "in_duo",
                "finished",
                "stopped",
                "withdrawn",
                "not_eligible",
                name="menteestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("referral_partner_id", sa.Uuid(), nullable=True),
        sa.Column("referrer_contact", sa.String(length=200), nullable=True),
        sa.Column("referral_date", sa.Date(), nullable=True),
        sa.Column(
            "education_level",
            sa.Enum(
                "none",
                "primary",
                "lower_secondary",
                "upper_secondary",
                "higher_short",
                "higher_long",
                "doctorate",
                "unknown",
                name="educationlevel",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "diploma_recognised",
            sa.Enum(
                "yes", "no", "in_progress", name="diplomarecognition", native_enum=False, length=12
            ),
            nullable=True,
        ),
        sa.Column("professional_project", sa.Text(), nullable=True),
        sa.Column(
            "digital_skills",
            sa.Enum(
                "none",
                "basic",
                "good",
                "advanced",
                name="digitalskills",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("driving_licence", sa.Boolean(), nullable=True),
        sa.Column(
            "jobseeker_service",
            sa.Enum(
                "actiris",
                "vdab",
                "forem",
                "adg",
                "none",
                name="jobseekerservice",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("target_group_met", sa.Boolean(), nullable=True),
        sa.Column(
            "preferred_mentor_gender",
            sa.Enum("F", "M", "X", name="gender", native_enum=False),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["id"], ["persons.id"], name=op.f("fk_mentees_id_persons"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["referral_partner_id"],
            ["partners.id"],
            name=op.f("fk_mentees_referral_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentees")),
    )
    with op.batch_alter_table("mentees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentees_referral_partner_id"), ["referral_partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mentees_status"), ["status"], unique=False)

    op.create_table(
        "mentors",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "info_session",
                "intake",
                "training",
                "available",
                "in_duo",
                "paused",
                "left",
                name="mentorstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("last_job", sa.String(length=200), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("company_partner_id", sa.Uuid(), nullable=True),
        sa.Column(
            "working_status",
            sa.Enum("working", "retired", name="workingstatus", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("trained_on", sa.Date(), nullable=True),
        sa.Column("max_duos", sa.Integer(), nullable=False),
        sa.Column("paused_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_partner_id"],
            ["partners.id"],
            name=op.f("fk_mentors_company_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["id"], ["persons.id"], name=op.f("fk_mentors_id_persons"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentors")),
    )
    with op.batch_alter_table("mentors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentors_company_partner_id"), ["company_partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mentors_status"), ["status"], unique=False)

    op.create_table(
        "person_interests",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("interest", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_interests_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "interest", name=op.f("pk_person_interests")),
    )
    op.create_table(
        "person_languages",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "basic",
                "good",
                "fluent",
                "native",
                name="languagelevel",
                native_enum=False,
                length=8,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_languages_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "language", name=op.f("pk_person_languages")),
    )
    op.create_table(
        "person_sectors",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "sector",
            sa.Enum(
                "admin",
                "accounting_finance",
                "commerce_sales",
                "construction",
                "care_health",
                "education",
                "hospitality",
                "it",
                "logistics",
                "industry",
                "cleaning",
                "culture_media",
                "legal",
                "marketing_communication",
                "social_work",
                "engineering",
                "other",
                name="sector",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_sectors_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "sector", name=op.f("pk_person_sectors")),
    )
    op.create_table(
        "duos",
        sa.Column("mentee_id", sa.Uuid(), nullable=False),
        sa.Column("mentor_id", sa.Uuid(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column("antenna_id", sa.Uuid(), nullable=False),
        sa.Column(
            "agreement_language",
            sa.Enum("fr", "nl", "en", name="agreementlanguage", native_enum=False),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "accepted",
                "active",
                "finished",
                "declined",
                "stopped",
                name="duostatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("first_meeting_at", sa.DateTime(), nullable=True),
        sa.Column("decision_deadline", sa.DateTime(), nullable=True),
        sa.Column("mentee_accepted", sa.Boolean(), nullable=True),
        sa.Column("mentor_accepted", sa.Boolean(), nullable=True),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column(
            "decline_reason",
            sa.Enum(
                "mentee_declined",
                "mentor_declined",
                "no_show",
                "other",
                name="declinereason",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "end_reason",
            sa.Enum(
                "completed",
                "mentee_found_job",
                "mentee_withdrew",
                "mentor_withdrew",
                "no_contact",
                "mismatch",
                "moved",
                "other",
                name="endreason",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "job_stable",
                "job_other",
                "internship",
                "training",
                "studies",
                "none",
                "unreachable",
                name="outcome",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("outcome_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["antenna_id"],
            ["antennas.id"],
            name=op.f("fk_duos_antenna_id_antennas"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_duos_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_duos_mentee_id_mentees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentors.id"],
            name=op.f("fk_duos_mentor_id_mentors"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duos")),
    )
    with op.batch_alter_table("duos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duos_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_duos_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_duos_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_duos_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_duos_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_duos_status"), ["status"], unique=False)

    op.create_table(
        "mentee_barriers",
        sa.Column("mentee_id", sa.Uuid(), nullable=False),
        sa.Column(
            "barrier",
            sa.Enum(
                "language",
                "experience",
                "network",
                "confidence",
                "discrimination",
                "other",
                name="barrier",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_mentee_barriers_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentee_id", "barrier", name=op.f("pk_mentee_barriers")),
    )
    op.create_table(
        "mentor_training_modules",
        sa.Column("mentor_id", sa.Uuid(), nullable=False),
        sa.Column("module", sa.Integer(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentors.id"],
            name=op.f("fk_mentor_training_modules_mentor_id_mentors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentor_id", "module", name=op.f("pk_mentor_training_modules")),
    )
    op.create_table(
        "evaluations",
        sa.Column("duo_id", sa.Uuid(), nullable=False),
        sa.Column(
            "respondent",
            sa.Enum("mentee", "mentor", name="respondent", native_enum=False, length=8),
            nullable=False,
        ),
        sa.Column(
            "stage",
            sa.Enum(
                "start",
                "mid",
                "end",
                "follow_up",
                name="evaluationstage",
                native_enum=False,
                length=12,
            ),
            nullable=False,
        ),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("professional_project_defined", sa.Boolean(), nullable=True),
        sa.Column("more_confident", sa.Boolean(), nullable=True),
        sa.Column("network_expanded", sa.Boolean(), nullable=True),
        sa.Column("coaching_skills_improved", sa.Boolean(), nullable=True),
        sa.Column("feels_useful", sa.Boolean(), nullable=True),
        sa.Column("added_value", sa.Boolean(), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["duo_id"], ["duos.id"], name=op.f("fk_evaluations_duo_id_duos"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluations_duo_id"), ["duo_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column(
            "kind",
            sa.Enum(
                "duo_meeting",
                "follow_up",
                "intake",
                "info_session",
                "intervision",
                "workshop",
                name="meetingkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "done", "cancelled", name="meetingstatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column("duo_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_meetings_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["duo_id"], ["duos.id"], name=op.f("fk_meetings_duo_id_duos"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meetings_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meetings_duo_id"), ["duo_id"], unique=False)
        batch_op.create_index("ix_meetings_duo_starts", ["duo_id", "starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "status_changes",
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("duo_id", sa.Uuid(), nullable=True),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_status_changes_coordinator_id_coordinators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["duo_id"], ["duos.id"], name=op.f("fk_status_changes_duo_id_duos"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_status_changes_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_changes_duo_id"), ["duo_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_status_changes_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "meeting_attendees",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendees_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_meeting_attendees_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_meeting_attendees")),
    )
    with op.batch_alter_table("meeting_attendees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendees_person_id"), ["person_id"], unique=False
        )

    # The antennas get the same ids in every database, so headquarters can consolidate.
    antennas = sa.table(
        "antennas",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name", sa.String()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
    )
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    op.bulk_insert(
        antennas,
        [
            {
                "id": uuid.uuid5(ANTENNA_NAMESPACE, code),
                "code": code,
                "name": name,
                "created_at": now,
                "updated_at": now,
            }
            for code, name in DEFAULT_ANTENNAS
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("meeting_attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendees_person_id"))

    op.drop_table("meeting_attendees")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_person_id"))
        batch_op.drop_index(batch_op.f("ix_status_changes_duo_id"))

    op.drop_table("status_changes")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meetings_kind"))
        batch_op.drop_index("ix_meetings_duo_starts")
        batch_op.drop_index(batch_op.f("ix_meetings_duo_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_coordinator_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluations_duo_id"))

    op.drop_table("evaluations")
    op.drop_table("mentor_training_modules")
    op.drop_table("mentee_barriers")
    with op.batch_alter_table("duos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duos_status"))
        batch_op.drop_index(batch_op.f("ix_duos_start_date"))
        batch_op.drop_index(batch_op.f("ix_duos_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_duos_mentee_id"))
        batch_op.drop_index(batch_op.f("ix_duos_coordinator_id"))
        batch_op.drop_index(batch_op.f("ix_duos_antenna_id"))

    op.drop_table("duos")
    op.drop_table("person_sectors")
    op.drop_table("person_languages")
    op.drop_table("person_interests")
    with op.batch_alter_table("mentors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentors_status"))
        batch_op.drop_index(batch_op.f("ix_mentors_company_partner_id"))

    op.drop_table("mentors")
    with op.batch_alter_table("mentees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentees_status"))
        batch_op.drop_index(batch_op.f("ix_mentees_referral_partner_id"))

    op.drop_table("mentees")
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entries_person_id"))

    op.drop_table("journal_entries")
    with op.batch_alter_table("import_batch_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_records_person_id"))

    op.drop_table("import_batch_records")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_person_id"))

    op.drop_table("consents")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_sort_key"))
        batch_op.drop_index(batch_op.f("ix_persons_phone"))
        batch_op.drop_index(batch_op.f("ix_persons_email"))
        batch_op.drop_index(batch_op.f("ix_persons_coordinator_id"))
        batch_op.drop_index(batch_op.f("ix_persons_antenna_id"))

    op.drop_table("persons")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_sha256"))

    op.drop_table("import_batches")
    with op.batch_alter_table("coordinators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordinators_antenna_id"))

    op.drop_table("coordinators")
    op.drop_table("partners")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
    op.drop_table("app_settings")
    op.drop_table("antennas")
