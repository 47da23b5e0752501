"""Kombu's Redis transport, made to survive a channel used after its broker connection was torn down.

When Redis goes away (a restart), Celery closes the broken connection and sets its channels'
connection (or the connection's client) to None. Work still in flight on such a channel — putting
its unacknowledged messages back at close, or the late acknowledgement of a parse that finished
during the outage — then asks for a Redis client and fails with an AttributeError, which is not one
of the errors Celery expects there, so the whole worker exits (kombu 5.7). Here it becomes a
connection error, which Celery logs and survives. Nothing is lost: the messages are still in Redis's
unacknowledged set, and the visibility timeout hands them to a worker again (a finished parse is
then skipped).
"""

from kombu.transport import redis
from redis.exceptions import ConnectionError as RedisConnectionError


class Channel(redis.Channel):
    def _create_client(self, asynchronous=False):
        if self.connection is None or self.connection.client is None:
            raise RedisConnectionError("this channel's broker connection was closed (Redis went away)")
        return super()._create_client(asynchronous)


class Transport(redis.Transport):
    Channel = Channel
