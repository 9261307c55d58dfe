"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 02:17:34.386727
"""

from alembic import op
import sqlalchemy as sa
import w4i_desktop.models.base
from w4i_desktop.storage.search import create_search_index, drop_search_index


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.Enum('view', 'create', 'update', 'delete', 'export', 'login', 'failed_login', 'logout', 'erase', 'backup', 'migrate', name='auditaction', native_enum=False, length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event'))
    )
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('pathway_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pathway_template')),
    sa.UniqueConstraint('key', 'version', name='key_version')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('name', name=op.f('uq_site_name'))
    )
    op.create_table('employer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.String(length=1), nullable=True),
    sa.Column('size_band', sa.Enum('micro', 'small', 'medium', 'large', 'unknown', name='employersize', native_enum=False, length=15), nullable=False),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_employer_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employer'))
    )
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employer_name'), ['name'], unique=False)

    op.create_table('template_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('intake', 'consent', 'needs_assessment', 'skills_assessment', 'language_assessment', 'individual_plan', 'language_course', 'empowerment', 'orientation', 'training', 'cv_preparation', 'job_orientation', 'job_matching', 'internship', 'placement', 'follow_up_1m', 'follow_up_3m', 'follow_up_6m', 'follow_up_12m', 'closure', 'custom', name='stepkind', native_enum=False, length=27), nullable=False),
    sa.Column('titles', sa.JSON(), nullable=False),
    sa.Column('due_offset_days', sa.Integer(), nullable=True),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['pathway_template.id'], name=op.f('fk_template_step_template_id_pathway_template'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_step'))
    )
    with op.batch_alter_table('template_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_step_template_id'), ['template_id'], unique=False)

    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum('admin', 'manager', 'staff', 'volunteer', name='role', native_enum=False, length=17), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', w4i_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_user_account_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('contact_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=120), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_contact_person_employer_id_employer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_person'))
    )
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_person_employer_id'), ['employer_id'], unique=False)

    op.create_table('interaction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('call', 'meeting', 'email', 'visit', 'event', 'other', name='interactionkind', native_enum=False, length=15), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_interaction_employer_id_employer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_interaction_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interaction'))
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_occurred_on'), ['occurred_on'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('sort_name', sa.String(length=250), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=True),
    sa.Column('last_name', sa.String(length=120), nullable=True),
    sa.Column('preferred_name', sa.String(length=120), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('neighbourhood', sa.String(length=120), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('country_of_birth', sa.String(length=2), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=True),
    sa.Column('arrival_year', sa.Integer(), nullable=True),
    sa.Column('permit_type', sa.Enum('eu_citizen', 'permanent', 'work', 'family', 'study', 'international_protection', 'temporary_protection', 'asylum_seeker', 'humanitarian', 'naturalised', 'other', 'none', name='permittype', native_enum=False, length=32), nullable=True),
    sa.Column('permit_expires_on', sa.Date(), nullable=True),
    sa.Column('employment_status', sa.Enum('unemployed', 'long_term_unemployed', 'inactive', 'employed', 'unknown', name='employmentstatus', native_enum=False, length=28), nullable=False),
    sa.Column('education_level', sa.Enum('isced_0_1', 'isced_2', 'isced_3_4', 'isced_5_8', 'unknown', name='educationlevel', native_enum=False, length=17), nullable=False),
    sa.Column('qualification_recognised', sa.Boolean(), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.Enum('employed', 'education_or_training', 'moved_away', 'dropped_out', 'other', name='closurereason', native_enum=False, length=29), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('work_experience', sa.Text(), nullable=True),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('children_count', sa.Integer(), nullable=False),
    sa.Column('childcare_need', sa.Enum('none', 'partial', 'full', name='childcareneed', native_enum=False, length=15), nullable=False),
    sa.Column('available_days', sa.JSON(), nullable=False),
    sa.Column('available_from', sa.String(length=5), nullable=True),
    sa.Column('available_until', sa.String(length=5), nullable=True),
    sa.Column('driving_licence', sa.Boolean(), nullable=False),
    sa.Column('needs_and_goals', sa.Text(), nullable=True),
    sa.Column('sensitive_notes', sa.Text(), nullable=True),
    sa.Column('caseworker_id', sa.Integer(), nullable=True),
    sa.Column('interviewer_id', sa.Integer(), nullable=True),
    sa.Column('last_activity_at', w4i_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('anonymised_at', w4i_desktop.models.base.UTCDateTime(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['caseworker_id'], ['user_account.id'], name=op.f('fk_participant_caseworker_id_user_account')),
    sa.ForeignKeyConstraint(['interviewer_id'], ['user_account.id'], name=op.f('fk_participant_interviewer_id_user_account')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_participant_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('code', name=op.f('uq_participant_code'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_closed_on'), ['closed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_enrolled_on'), ['enrolled_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_interviewer_id'), ['interviewer_id'], unique=False)
        batch_op.create_index('ix_participant_list_cover', ['id', 'anonymised_at', 'closed_on', 'site_id', 'interviewer_id', 'caseworker_id', 'sort_name'], unique=False)
        batch_op.create_index('ix_participant_list_state', ['anonymised_at', 'closed_on', 'sort_name', 'site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_sort_name'), ['sort_name'], unique=False)

    op.create_table('vacancy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sector', sa.String(length=1), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('hours_per_week', sa.Double(), nullable=True),
    sa.Column('schedule_days', sa.JSON(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('childcare_compatible', sa.Boolean(), nullable=False),
    sa.Column('contract_type', sa.Enum('permanent', 'fixed_term', 'internship', 'apprenticeship', 'freelance', 'other', name='contracttype', native_enum=False, length=22), nullable=False),
    sa.Column('required_cefr', sa.Enum('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', name='cefrlevel', native_enum=False, length=12), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'filled', 'closed', name='vacancystatus', native_enum=False, length=14), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_vacancy_employer_id_employer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacancy'))
    )
    with op.batch_alter_table('vacancy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vacancy_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vacancy_opened_on'), ['opened_on'], unique=False)

    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'call', 'course', 'note', name='activitykind', native_enum=False, length=15), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_activity_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_activity_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_participant_id'), ['participant_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.Column('added_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['added_by_id'], ['user_account.id'], name=op.f('fk_attachment_added_by_id_user_account')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_attachment_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_participant_id'), ['participant_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Enum('processing', 'sharing_with_employers', 'photos', 'follow_up_contact', name='consentpurpose', native_enum=False, length=30), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('notice_version', sa.String(length=20), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_consent_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_consent_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_participant_id'), ['participant_id'], unique=False)

    op.create_table('language_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=3), nullable=False),
    sa.Column('host_language', sa.Boolean(), nullable=False),
    sa.Column('level', sa.Enum('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', name='cefrlevel', native_enum=False, length=12), nullable=False),
    sa.Column('stage', sa.Enum('intake', 'during', 'exit', name='assessmentstage', native_enum=False, length=14), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('self_assessed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_language_assessment_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_language_assessment'))
    )
    with op.batch_alter_table('language_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_language_assessment_participant_id'), ['participant_id'], unique=False)

    op.create_table('pathway',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_pathway_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['pathway_template.id'], name=op.f('fk_pathway_template_id_pathway_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pathway'))
    )
    with op.batch_alter_table('pathway', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pathway_participant_id'), ['participant_id'], unique=False)

    op.create_table('placement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('vacancy_id', sa.Integer(), nullable=True),
    sa.Column('type', sa.Enum('permanent', 'fixed_term', 'internship', 'apprenticeship', 'self_employment', 'other', name='placementtype', native_enum=False, length=23), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('hours_per_week', sa.Double(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', w4i_desktop.models.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_placement_employer_id_employer')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_placement_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vacancy_id'], ['vacancy.id'], name=op.f('fk_placement_vacancy_id_vacancy')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement'))
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_start_date'), ['start_date'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('placement_id', sa.Integer(), nullable=False),
    sa.Column('followed_up_on', sa.Date(), nullable=False),
    sa.Column('months_after_start', sa.Integer(), nullable=False),
    sa.Column('still_employed', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_follow_up_placement_id_placement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_follow_up_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_placement_id'), ['placement_id'], unique=False)

    op.create_table('pathway_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pathway_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('intake', 'consent', 'needs_assessment', 'skills_assessment', 'language_assessment', 'individual_plan', 'language_course', 'empowerment', 'orientation', 'training', 'cv_preparation', 'job_orientation', 'job_matching', 'internship', 'placement', 'follow_up_1m', 'follow_up_3m', 'follow_up_6m', 'follow_up_12m', 'closure', 'custom', name='stepkind', native_enum=False, length=27), nullable=False),
    sa.Column('template_step_id', sa.Integer(), nullable=True),
    sa.Column('titles', sa.JSON(), nullable=True),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('todo', 'in_progress', 'done', 'skipped', name='stepstatus', native_enum=False, length=19), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('completed_by_id', sa.Integer(), nullable=True),
    sa.Column('skip_reason', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['completed_by_id'], ['user_account.id'], name=op.f('fk_pathway_step_completed_by_id_user_account')),
    sa.ForeignKeyConstraint(['pathway_id'], ['pathway.id'], name=op.f('fk_pathway_step_pathway_id_pathway'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_step_id'], ['template_step.id'], name=op.f('fk_pathway_step_template_step_id_template_step')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pathway_step'))
    )
    with op.batch_alter_table('pathway_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pathway_step_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_pathway_step_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_pathway_step_pathway_id'), ['pathway_id'], unique=False)

    create_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
    with op.batch_alter_table('pathway_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pathway_step_pathway_id'))
        batch_op.drop_index(batch_op.f('ix_pathway_step_kind'))
        batch_op.drop_index(batch_op.f('ix_pathway_step_due_on'))

    op.drop_table('pathway_step')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_placement_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_start_date'))
        batch_op.drop_index(batch_op.f('ix_placement_participant_id'))
        batch_op.drop_index(batch_op.f('ix_placement_employer_id'))

    op.drop_table('placement')
    with op.batch_alter_table('pathway', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pathway_participant_id'))

    op.drop_table('pathway')
    with op.batch_alter_table('language_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_language_assessment_participant_id'))

    op.drop_table('language_assessment')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_participant_id'))

    op.drop_table('consent')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_participant_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_participant_id'))

    op.drop_table('activity')
    with op.batch_alter_table('vacancy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vacancy_opened_on'))
        batch_op.drop_index(batch_op.f('ix_vacancy_employer_id'))

    op.drop_table('vacancy')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_sort_name'))
        batch_op.drop_index(batch_op.f('ix_participant_site_id'))
        batch_op.drop_index('ix_participant_list_state')
        batch_op.drop_index('ix_participant_list_cover')
        batch_op.drop_index(batch_op.f('ix_participant_interviewer_id'))
        batch_op.drop_index(batch_op.f('ix_participant_enrolled_on'))
        batch_op.drop_index(batch_op.f('ix_participant_closed_on'))
        batch_op.drop_index(batch_op.f('ix_participant_caseworker_id'))

    op.drop_table('participant')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_occurred_on'))
        batch_op.drop_index(batch_op.f('ix_interaction_employer_id'))

    op.drop_table('interaction')
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_person_employer_id'))

    op.drop_table('contact_person')
    op.drop_table('user_account')
    with op.batch_alter_table('template_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_step_template_id'))

    op.drop_table('template_step')
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_name'))

    op.drop_table('employer')
    op.drop_table('site')
    op.drop_table('setting')
    op.drop_table('pathway_template')
    op.drop_table('audit_head')
    op.drop_table('audit_event')
