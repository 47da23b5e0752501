"""The Redis transport guard: a channel closed after its connection was torn down must not kill the worker."""

import logging

import pytest
from kombu import Connection

pytestmark = pytest.mark.redis


def test_restoring_after_the_connection_is_gone_logs_instead_of_crashing(redis_url, caplog):
    with Connection(redis_url, transport="offshoring.broker:Transport") as connection:
        channel = connection.channel()
        channel.qos._delivered["tag-1"] = object()  # a message received, not yet acknowledged
        channel.connection.client = None  # what Celery leaves behind after a broken connection
        with caplog.at_level(logging.WARNING, logger="offshoring.broker"):
            channel.qos.restore_unacked()
        assert "after the visibility timeout" in caplog.text
        assert not channel.qos._delivered


def test_other_attribute_errors_still_surface(redis_url, monkeypatch):
    from kombu.transport import redis as kombu_redis

    def broken(self, client=None):
        raise AttributeError("a real bug")

    monkeypatch.setattr(kombu_redis.QoS, "restore_unacked", broken)
    with Connection(redis_url, transport="offshoring.broker:Transport") as connection:
        channel = connection.channel()
        with pytest.raises(AttributeError, match="a real bug"):
            channel.qos.restore_unacked()
