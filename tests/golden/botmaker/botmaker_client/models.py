"""Models and enumerations of Chatbot platform API: dataclasses read with from_dict, written with to_dict."""

from __future__ import annotations

import dataclasses
import datetime
from typing import ClassVar

from . import _runtime as _rt


class AgentRole(_rt.OpenEnum):
    """What the agent is allowed to do."""

    ADMIN = "ADMIN"
    SUPERVISOR = "SUPERVISOR"
    OPERATOR = "OPERATOR"


class Platform(_rt.OpenEnum):
    """Messaging platform of a channel."""

    WHATSAPP = "WHATSAPP"
    MESSENGER = "MESSENGER"
    TELEGRAM = "TELEGRAM"
    WEBCHAT = "WEBCHAT"
    SMS = "SMS"
    INSTAGRAM = "INSTAGRAM"


class WebhookEvent(_rt.OpenEnum):
    """WebhookEvent"""

    MESSAGE_RECEIVED = "MESSAGE_RECEIVED"
    MESSAGE_SENT = "MESSAGE_SENT"
    CHAT_CLOSED = "CHAT_CLOSED"
    NOTIFICATION_RESULT = "NOTIFICATION_RESULT"


class ChatStatus(_rt.OpenEnum):
    """ChatStatus"""

    OPEN = "OPEN"
    WAITING = "WAITING"
    CLOSED = "CLOSED"


class MessageFrom(_rt.OpenEnum):
    """MessageFrom"""

    USER = "USER"
    BOT = "BOT"
    AGENT = "AGENT"


class TextContentType(_rt.OpenEnum):
    """TextContentType"""

    TEXT = "TEXT"


class ImageContentType(_rt.OpenEnum):
    """ImageContentType"""

    IMAGE = "IMAGE"


class TemplateContentType(_rt.OpenEnum):
    """TemplateContentType"""

    TEMPLATE = "TEMPLATE"


class NotificationResultStatus(_rt.OpenEnum):
    """NotificationResultStatus"""

    QUEUED = "QUEUED"
    SENT = "SENT"
    DELIVERED = "DELIVERED"
    READ = "READ"
    FAILED = "FAILED"


class ProductAvailability(_rt.OpenEnum):
    """ProductAvailability"""

    IN_STOCK = "IN_STOCK"
    OUT_OF_STOCK = "OUT_OF_STOCK"


@dataclasses.dataclass(kw_only=True)
class ErrorResponse(_rt.Record):
    """Why a request was refused."""

    _wire: ClassVar[tuple[str, ...]] = ("errors",)
    _required: ClassVar[tuple[str, ...]] = ("errors",)

    errors: list[ErrorItem] | None


@dataclasses.dataclass(kw_only=True)
class ErrorItem(_rt.Record):
    """ErrorItem

    Attributes:
        code: Stable machine-readable reason.
        message: Explanation meant for people.
        field: The request field at fault, when there is one.
    """

    _wire: ClassVar[tuple[str, ...]] = ("code", "message", "field")
    _required: ClassVar[tuple[str, ...]] = ("code", "message")

    code: str | None
    message: str | None
    field: str | None = None


@dataclasses.dataclass(kw_only=True)
class IdResponse(_rt.Record):
    """IdResponse

    Attributes:
        id: Identifier of the created resource.
    """

    _wire: ClassVar[tuple[str, ...]] = ("id",)
    _required: ClassVar[tuple[str, ...]] = ("id",)

    id: str | None


@dataclasses.dataclass(kw_only=True)
class JobResponse(_rt.Record):
    """Accepted work that completes asynchronously.

    Attributes:
        id: Job identifier; its outcome is posted to your webhook.
    """

    _wire: ClassVar[tuple[str, ...]] = ("id", "acceptedAt")
    _required: ClassVar[tuple[str, ...]] = ("id",)

    id: str | None
    accepted_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class Agent(_rt.Record):
    """Agent

    Attributes:
        alias: Shown before the agent's messages in a chat.
        role: What the agent is allowed to do.
        queues: Queues this agent serves.
        slots: How many chats the agent may attend at the same time.
    """

    _wire: ClassVar[tuple[str, ...]] = (
        "id",
        "email",
        "name",
        "alias",
        "role",
        "isOnline",
        "queues",
        "slots",
        "createdAt",
        "lastSeenAt",
    )
    _required: ClassVar[tuple[str, ...]] = ("id", "email", "role")

    id: str | None
    email: str | None
    name: str | None = None
    alias: str | None = None
    role: AgentRole | None
    is_online: bool | None = None
    queues: list[str] | None = None
    slots: int | None = None
    created_at: datetime.datetime | None = None
    last_seen_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class AgentRequest(_rt.Record):
    """AgentRequest

    Attributes:
        role: What the agent is allowed to do.
    """

    _wire: ClassVar[tuple[str, ...]] = ("email", "name", "alias", "role", "queues", "slots")
    _required: ClassVar[tuple[str, ...]] = ("email", "role")

    email: str | None
    name: str | None = None
    alias: str | None = None
    role: AgentRole | None
    queues: list[str] | None = None
    slots: int | None = None


@dataclasses.dataclass(kw_only=True)
class AgentUpdate(_rt.Record):
    """Only the fields present are changed.

    Attributes:
        role: What the agent is allowed to do.
    """

    _wire: ClassVar[tuple[str, ...]] = ("name", "alias", "role", "queues", "slots")

    name: str | None = None
    alias: str | None = None
    role: AgentRole | None = None
    queues: list[str] | None = None
    slots: int | None = None


@dataclasses.dataclass(kw_only=True)
class AgentsPage(_rt.Record):
    """One page of agents.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Agent] | None


@dataclasses.dataclass(kw_only=True)
class Channel(_rt.Record):
    """Channel

    Attributes:
        id: Use it wherever a `channelId` is asked for.
        platform: Messaging platform of a channel.
        webhook_id: Webhook that receives this channel's events.
    """

    _wire: ClassVar[tuple[str, ...]] = (
        "id",
        "platform",
        "name",
        "active",
        "webhookId",
        "createdAt",
    )
    _required: ClassVar[tuple[str, ...]] = ("id", "platform")

    id: str | None
    platform: Platform | None
    name: str | None = None
    active: bool | None = None
    webhook_id: str | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class ChannelUpdate(_rt.Record):
    """ChannelUpdate"""

    _wire: ClassVar[tuple[str, ...]] = ("name", "active", "webhookId")

    name: str | None = None
    active: bool | None = None
    webhook_id: str | None = None


@dataclasses.dataclass(kw_only=True)
class ChannelsPage(_rt.Record):
    """One page of channels.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Channel] | None


@dataclasses.dataclass(kw_only=True)
class Chat(_rt.Record):
    """Chat

    Attributes:
        contact_id: The contact's address on the platform.
        variables: Bot variables stored for this chat.
    """

    _wire: ClassVar[tuple[str, ...]] = (
        "id",
        "channelId",
        "contactId",
        "status",
        "assignedAgentId",
        "tags",
        "variables",
        "lastActivityAt",
        "createdAt",
    )
    _required: ClassVar[tuple[str, ...]] = ("id", "channelId", "contactId")

    id: str | None
    channel_id: str | None
    contact_id: str | None
    status: ChatStatus | None = None
    assigned_agent_id: str | None = None
    tags: list[str] | None = None
    variables: dict[str, str] | None = None
    last_activity_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class ChatUpdate(_rt.Record):
    """ChatUpdate"""

    _wire: ClassVar[tuple[str, ...]] = ("tags", "variables", "assignedAgentId")

    tags: list[str] | None = None
    variables: dict[str, str] | None = None
    assigned_agent_id: str | None = None


@dataclasses.dataclass(kw_only=True)
class ChatsPage(_rt.Record):
    """One page of chats.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Chat] | None


@dataclasses.dataclass(kw_only=True)
class Message(_rt.Record):
    """Message

    Attributes:
        content: What a message carries: text, an image, or a platform template.
    """

    _wire: ClassVar[tuple[str, ...]] = ("id", "chatId", "from", "agentId", "content", "createdAt")
    _required: ClassVar[tuple[str, ...]] = ("id", "chatId", "from", "createdAt")

    id: str | None
    chat_id: str | None
    from_: MessageFrom | None
    agent_id: str | None = None
    content: TextContent | ImageContent | TemplateContent | None = None
    created_at: datetime.datetime | None


@dataclasses.dataclass(kw_only=True)
class MessagesPage(_rt.Record):
    """One page of messages.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Message] | None


@dataclasses.dataclass(kw_only=True)
class TextContent(_rt.Record):
    """TextContent"""

    _wire: ClassVar[tuple[str, ...]] = ("type", "text")
    _required: ClassVar[tuple[str, ...]] = ("type", "text")

    type: TextContentType | None
    text: str | None


@dataclasses.dataclass(kw_only=True)
class ImageContent(_rt.Record):
    """ImageContent"""

    _wire: ClassVar[tuple[str, ...]] = ("type", "url", "caption")
    _required: ClassVar[tuple[str, ...]] = ("type", "url")

    type: ImageContentType | None
    url: str | None
    caption: str | None = None


@dataclasses.dataclass(kw_only=True)
class TemplateContent(_rt.Record):
    """TemplateContent"""

    _wire: ClassVar[tuple[str, ...]] = ("type", "templateName", "variables")
    _required: ClassVar[tuple[str, ...]] = ("type", "templateName")

    type: TemplateContentType | None
    template_name: str | None
    variables: dict[str, str] | None = None


@dataclasses.dataclass(kw_only=True)
class SendMessagesRequest(_rt.Record):
    """SendMessagesRequest"""

    _wire: ClassVar[tuple[str, ...]] = ("chatId", "messages")
    _required: ClassVar[tuple[str, ...]] = ("chatId", "messages")

    chat_id: str | None
    messages: list[TextContent | ImageContent | TemplateContent] | None


@dataclasses.dataclass(kw_only=True)
class TriggerIntentRequest(_rt.Record):
    """TriggerIntentRequest"""

    _wire: ClassVar[tuple[str, ...]] = ("chatId", "intentName", "variables")
    _required: ClassVar[tuple[str, ...]] = ("chatId", "intentName")

    chat_id: str | None
    intent_name: str | None
    variables: dict[str, str] | None = None


@dataclasses.dataclass(kw_only=True)
class Contact(_rt.Record):
    """Contact

    Attributes:
        opt_in: Whether the contact agreed to receive notifications.
        language: Preferred language as an IETF tag, such as `pt-BR`.
    """

    _wire: ClassVar[tuple[str, ...]] = (
        "id",
        "channelId",
        "firstName",
        "lastName",
        "email",
        "phone",
        "optIn",
        "createdAt",
        "language",
    )
    _required: ClassVar[tuple[str, ...]] = ("id", "channelId")

    id: str | None
    channel_id: str | None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    opt_in: bool | None = None
    created_at: datetime.datetime | None = None
    language: str | None = None


@dataclasses.dataclass(kw_only=True)
class ContactRequest(_rt.Record):
    """ContactRequest"""

    _wire: ClassVar[tuple[str, ...]] = ("channelId", "phone", "firstName", "lastName", "email")
    _required: ClassVar[tuple[str, ...]] = ("channelId", "phone")

    channel_id: str | None
    phone: str | None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None


@dataclasses.dataclass(kw_only=True)
class ContactsPage(_rt.Record):
    """One page of contacts.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Contact] | None


@dataclasses.dataclass(kw_only=True)
class Webhook(_rt.Record):
    """Webhook"""

    _wire: ClassVar[tuple[str, ...]] = ("id", "url", "events", "active", "createdAt")
    _required: ClassVar[tuple[str, ...]] = ("id", "url")

    id: str | None
    url: str | None
    events: list[WebhookEvent] | None = None
    active: bool | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class WebhookRequest(_rt.Record):
    """WebhookRequest"""

    _wire: ClassVar[tuple[str, ...]] = ("url", "events")
    _required: ClassVar[tuple[str, ...]] = ("url", "events")

    url: str | None
    events: list[WebhookEvent] | None


@dataclasses.dataclass(kw_only=True)
class WebhooksPage(_rt.Record):
    """One page of webhooks.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Webhook] | None


@dataclasses.dataclass(kw_only=True)
class NotificationRequest(_rt.Record):
    """NotificationRequest

    Attributes:
        scheduled_at: When to send it; right away when absent.
    """

    _wire: ClassVar[tuple[str, ...]] = (
        "channelId",
        "contactId",
        "templateName",
        "variables",
        "scheduledAt",
    )
    _required: ClassVar[tuple[str, ...]] = ("channelId", "contactId", "templateName")

    channel_id: str | None
    contact_id: str | None
    template_name: str | None
    variables: dict[str, str] | None = None
    scheduled_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class NotificationResult(_rt.Record):
    """NotificationResult"""

    _wire: ClassVar[tuple[str, ...]] = (
        "id",
        "contactId",
        "templateName",
        "status",
        "failureReason",
        "sentAt",
    )
    _required: ClassVar[tuple[str, ...]] = ("id", "status")

    id: str | None
    contact_id: str | None = None
    template_name: str | None = None
    status: NotificationResultStatus | None
    failure_reason: str | None = None
    sent_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class NotificationResultsPage(_rt.Record):
    """One page of notification results.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[NotificationResult] | None


@dataclasses.dataclass(kw_only=True)
class Catalog(_rt.Record):
    """Catalog"""

    _wire: ClassVar[tuple[str, ...]] = ("id", "name", "currency", "createdAt")
    _required: ClassVar[tuple[str, ...]] = ("id", "name")

    id: str | None
    name: str | None
    currency: str | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class CatalogRequest(_rt.Record):
    """CatalogRequest"""

    _wire: ClassVar[tuple[str, ...]] = ("name", "currency")
    _required: ClassVar[tuple[str, ...]] = ("name", "currency")

    name: str | None
    currency: str | None


@dataclasses.dataclass(kw_only=True)
class CatalogsPage(_rt.Record):
    """One page of catalogs.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Catalog] | None


@dataclasses.dataclass(kw_only=True)
class Product(_rt.Record):
    """Product"""

    _wire: ClassVar[tuple[str, ...]] = (
        "sku",
        "name",
        "description",
        "price",
        "availability",
        "imageUrl",
        "updatedAt",
    )
    _required: ClassVar[tuple[str, ...]] = ("sku", "name", "price")

    sku: str | None
    name: str | None
    description: str | None = None
    price: float | None
    availability: ProductAvailability | None = None
    image_url: str | None = None
    updated_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class ProductsPage(_rt.Record):
    """One page of products.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    _wire: ClassVar[tuple[str, ...]] = ("nextPage", "items")
    _required: ClassVar[tuple[str, ...]] = ("items",)

    next_page: str | None = None
    items: list[Product] | None


@dataclasses.dataclass(kw_only=True)
class WebhookUpdate(_rt.Record):
    """WebhookUpdate"""

    _wire: ClassVar[tuple[str, ...]] = ("url", "events", "active")

    url: str | None = None
    events: list[WebhookEvent] | None = None
    active: bool | None = None


@dataclasses.dataclass(kw_only=True)
class ProductsRequest(_rt.Record):
    """ProductsRequest"""

    _wire: ClassVar[tuple[str, ...]] = ("products",)
    _required: ClassVar[tuple[str, ...]] = ("products",)

    products: list[Product] | None
