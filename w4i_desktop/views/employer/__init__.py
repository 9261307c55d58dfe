"""Employers: the list, an employer's record, vacancies and matching."""
