"""A job is keyed by its everyday names too (session 33, reviews 70/71: "送外卖的" refused for 外卖骑手,
"当PM" for 产品经理, "車引き" for 人力車夫): equivalents.yaml JOB_NAMES, a card name brings the group, a
said form alone ("PM") brings none. Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.audit.checks_roles import check_job_names
from raiden_r1.data.builder.equivalents import job_names
from built_records import alternatives, built_records, profile


@pytest.mark.parametrize("card, expected", [
    (profile("王小军", "zh", 姓名="王小军", 职业="外卖骑手", 爱好="打篮球"), {"送外卖", "外卖员"}),
    (profile("Dana Reyes", "en", Name="Dana Reyes", Occupation="product manager", Hobbies="climbing"), {"PM"}),
    (profile("佐藤 健", "ja", 名前="佐藤 健", 職業="配達員", 趣味="釣り"), {"配達"}),
    (profile("이준호", "ko", 이름="이준호", 직업="택시 기사", 취미="등산"), {"택시 운전"}),
])
def test_a_job_key_takes_the_everyday_names_of_the_job(card, expected):
    jobs = [r for r in built_records(card) if r.metadata.family == "occupation"]
    assert jobs and expected <= set(alternatives(jobs[0]))


def test_a_said_form_brings_no_group():
    assert job_names("PM", "zh") == [] and job_names("骑手", "zh") == []
    assert "外卖员" in job_names("外卖骑手", "zh")


def test_the_audit_flags_a_job_without_its_everyday_names():
    card = profile("王小军", "zh", 姓名="王小军", 职业="外卖骑手", 爱好="打篮球")
    record = next(r for r in built_records(card) if r.metadata.family == "occupation")
    assert not check_job_names(record, card.fields)
    assert check_job_names(record.model_copy(update={"keywords": ["外卖骑手"]}), card.fields)
