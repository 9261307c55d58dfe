"""indexes that let matching read candidates without the wide participant rows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 19:05:00

Candidates for a vacancy read every open participant with her consent to share and her
language assessments (issue 17: within 300 ms at 100,000 participants). SQLCipher decrypts
every page it reads, and the participant table's pages are mostly notes and contact data:
these indexes hold what matching reads, so that it reads them alone. Indexes only.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# In id order, as matching reads it, and never a prefix that the participant list's queries
# could take for theirs (closed_on first did: the list sorted 64,000 rows instead of reading
# ix_participant_list_state in name order); then what matching filters on and scores.
_MATCH_KEY = ["id", "closed_on", "anonymised_at", "enrolled_on", "site_id", "interviewer_id"]
_MATCH_PLAIN = [
    "would_relocate",
    "municipality",
    "childcare_need",
    "code",
    "first_name",
    "last_name",
    "available_from",
    "available_until",
    "children_count",
]
_MATCH_JSON = ["commutes_to", "skills", "available_days"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index(
            "ix_participant_match", "participant", [*_MATCH_KEY, *_MATCH_PLAIN, *_MATCH_JSON]
        )
    else:  # PostgreSQL has no b-tree order for json: those columns ride along
        op.create_index(
            "ix_participant_match",
            "participant",
            [*_MATCH_KEY, *_MATCH_PLAIN],
            postgresql_include=_MATCH_JSON,
        )
    op.create_index("ix_participant_municipality", "participant", ["municipality"])
    op.create_index(
        "ix_consent_in_force", "consent", ["participant_id", "purpose", "given_on", "withdrawn_on"]
    )
    op.create_index(
        "ix_language_assessment_latest",
        "language_assessment",
        ["participant_id", "language", "assessed_on", "id", "level", "host_language"],
    )


def downgrade() -> None:
    op.drop_index("ix_language_assessment_latest", table_name="language_assessment")
    op.drop_index("ix_consent_in_force", table_name="consent")
    op.drop_index("ix_participant_municipality", table_name="participant")
    op.drop_index("ix_participant_match", table_name="participant")
