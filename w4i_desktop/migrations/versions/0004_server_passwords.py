"""server mode: users' password hashes

On a shared PostgreSQL server the users' passwords are checked against an Argon2id hash kept with
the user; a SQLCipher file keeps its key slots in `<db>.keys` instead and leaves this column
empty. (PostgreSQL's full-text search objects come with the search index, in 0001.)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('password_hash')
