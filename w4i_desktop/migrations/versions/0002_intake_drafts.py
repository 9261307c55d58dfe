"""intake drafts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 02:40:28.228141
"""

from alembic import op
import sqlalchemy as sa
import w4i_desktop.models.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('intake_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interviewer_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interviewer_id'], ['user_account.id'], name=op.f('fk_intake_draft_interviewer_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_draft'))
    )
    with op.batch_alter_table('intake_draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_draft_interviewer_id'), ['interviewer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('intake_draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_draft_interviewer_id'))

    op.drop_table('intake_draft')
