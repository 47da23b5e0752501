"""The Redis transport guard: a channel used after its connection was torn down must not kill the worker."""

import pytest
from kombu import Connection
from redis.exceptions import ConnectionError as RedisConnectionError

pytestmark = pytest.mark.redis


@pytest.mark.parametrize("torn_down", ["client", "connection"])
def test_a_dead_channel_raises_a_connection_error_celery_survives(redis_url, torn_down):
    with Connection(redis_url, transport="offshoring.broker:Transport") as connection:
        channel = connection.channel()
        channel.qos._delivered["tag-1"] = object()  # a message received, not yet acknowledged
        # What Celery leaves behind after a broken connection: the client, or the whole connection, gone.
        if torn_down == "client":
            channel.connection.client = None
        else:
            channel.connection = None
        with pytest.raises(RedisConnectionError):
            channel.qos.restore_unacked()  # at channel close
        with pytest.raises(RedisConnectionError):
            channel.qos.ack("tag-1")  # the late acknowledgement of a task that finished meanwhile
        assert RedisConnectionError in connection.connection_errors  # what Celery logs and survives
        channel.qos._delivered.clear()  # nothing left for kombu's exit-time restore to try


def test_a_live_channel_works_as_kombu_s_own(redis_url):
    with Connection(redis_url, transport="offshoring.broker:Transport") as connection:
        queue = connection.SimpleQueue("broker-guard-test")
        queue.put({"article_id": 1})
        message = queue.get(timeout=2)
        assert message.payload == {"article_id": 1}
        message.ack()
        queue.clear()
        queue.close()
