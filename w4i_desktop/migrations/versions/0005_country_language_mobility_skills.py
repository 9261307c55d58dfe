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
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=2), nullable=True))
    with op.batch_alter_table('vacancy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('required_language', sa.String(length=3), nullable=True))
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('would_relocate', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column('commutes_to', sa.JSON(), nullable=False, server_default='[]')
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
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_column('commutes_to')
        batch_op.drop_column('would_relocate')
    with op.batch_alter_table('vacancy', schema=None) as batch_op:
        batch_op.drop_column('required_language')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_column('country')
