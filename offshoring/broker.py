"""Kombu's Redis transport, made to survive a broker connection dropped mid-shutdown of a channel.

When Redis goes away (a restart), Celery closes the broken connection, and closing the channel tries
to put its unacknowledged messages back on the queue through a client it can no longer create: the
connection's `client` is already gone, and the AttributeError this raises is not one of the errors
Celery ignores at that point, so the whole worker exits (kombu 5.7). Nothing needs restoring there:
the messages are still in Redis's unacknowledged set, which the visibility timeout hands back to a
worker. So that one failure is logged and the worker goes on reconnecting.
"""

import logging

from kombu.transport import redis

logger = logging.getLogger(__name__)


class QoS(redis.QoS):
    def restore_unacked(self, client=None):
        try:
            return super().restore_unacked(client)
        except AttributeError:
            if self.channel.connection.client is not None:
                raise  # not the torn-down connection: a real bug, let it show
            logger.warning(
                "broker connection lost before %d unacknowledged message(s) could be put back; "
                "Redis hands them to a worker after the visibility timeout",
                len(self._delivered),
            )
            self._delivered.clear()
            return None


class Channel(redis.Channel):
    QoS = QoS


class Transport(redis.Transport):
    Channel = Channel
