"""site country, vacancy language, participant mobility, the controlled skill list

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 12:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite's batch mode copies the table and would drop
    # the full-text search triggers that 0001 put on participant.
    op.add_column('site', sa.Column('country', sa.String(length=2), nullable=True))
    op.add_column('vacancy', sa.Column('required_language', sa.String(length=3), nullable=True))
    op.add_column(
        'participant',
        sa.Column('would_relocate', sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        'participant',
        sa.Column('commutes_to', sa.JSON(), nullable=False, server_default='[]'),
    )
    op.create_table(
        'skill_entry',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('label', sa.String(length=120), nullable=True),
        sa.Column('builtin', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_skill_entry')),
    )


def downgrade() -> None:
    op.drop_table('skill_entry')
    op.drop_column('participant', 'commutes_to')
    op.drop_column('participant', 'would_relocate')
    op.drop_column('vacancy', 'required_language')
    op.drop_column('site', 'country')
