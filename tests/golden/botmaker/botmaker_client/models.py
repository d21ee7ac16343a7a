"""Models and enumerations of Chatbot platform API: dataclasses read with from_dict, written with to_dict."""

from __future__ import annotations

import dataclasses
import datetime
import enum

from . import _runtime as _rt


class AgentRole(enum.StrEnum):
    """What the agent is allowed to do."""

    ADMIN = "ADMIN"
    SUPERVISOR = "SUPERVISOR"
    OPERATOR = "OPERATOR"


class Platform(enum.StrEnum):
    """Messaging platform of a channel."""

    WHATSAPP = "WHATSAPP"
    MESSENGER = "MESSENGER"
    TELEGRAM = "TELEGRAM"
    WEBCHAT = "WEBCHAT"
    SMS = "SMS"
    INSTAGRAM = "INSTAGRAM"


class WebhookEvent(enum.StrEnum):
    """WebhookEvent"""

    MESSAGE_RECEIVED = "MESSAGE_RECEIVED"
    MESSAGE_SENT = "MESSAGE_SENT"
    CHAT_CLOSED = "CHAT_CLOSED"
    NOTIFICATION_RESULT = "NOTIFICATION_RESULT"


class ChatStatus(enum.StrEnum):
    """ChatStatus"""

    OPEN = "OPEN"
    WAITING = "WAITING"
    CLOSED = "CLOSED"


class MessageFrom(enum.StrEnum):
    """MessageFrom"""

    USER = "USER"
    BOT = "BOT"
    AGENT = "AGENT"


class TextContentType(enum.StrEnum):
    """TextContentType"""

    TEXT = "TEXT"


class ImageContentType(enum.StrEnum):
    """ImageContentType"""

    IMAGE = "IMAGE"


class TemplateContentType(enum.StrEnum):
    """TemplateContentType"""

    TEMPLATE = "TEMPLATE"


class NotificationResultStatus(enum.StrEnum):
    """NotificationResultStatus"""

    QUEUED = "QUEUED"
    SENT = "SENT"
    DELIVERED = "DELIVERED"
    READ = "READ"
    FAILED = "FAILED"


class ProductAvailability(enum.StrEnum):
    """ProductAvailability"""

    IN_STOCK = "IN_STOCK"
    OUT_OF_STOCK = "OUT_OF_STOCK"


@dataclasses.dataclass(kw_only=True)
class ErrorResponse(_rt.Record):
    """Why a request was refused."""

    errors_: list[ErrorItem]


@dataclasses.dataclass(kw_only=True)
class ErrorItem(_rt.Record):
    """ErrorItem

    Attributes:
        code: Stable machine-readable reason.
        message: Explanation meant for people.
        field: The request field at fault, when there is one.
    """

    code: str
    message: str
    field: str | None = None


@dataclasses.dataclass(kw_only=True)
class IdResponse(_rt.Record):
    """IdResponse

    Attributes:
        id: Identifier of the created resource.
    """

    id: str


@dataclasses.dataclass(kw_only=True)
class JobResponse(_rt.Record):
    """Accepted work that completes asynchronously.

    Attributes:
        id: Job identifier; its outcome is posted to your webhook.
    """

    id: str
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

    id: str
    email: str
    name: str | None = None
    alias: str | None = None
    role: AgentRole | str
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

    email: str
    name: str | None = None
    alias: str | None = None
    role: AgentRole | str
    queues: list[str] | None = None
    slots: int | None = None


@dataclasses.dataclass(kw_only=True)
class AgentUpdate(_rt.Record):
    """Only the fields present are changed.

    Attributes:
        role: What the agent is allowed to do.
    """

    name: str | None = None
    alias: str | None = None
    role: AgentRole | str | None = None
    queues: list[str] | None = None
    slots: int | None = None


@dataclasses.dataclass(kw_only=True)
class AgentsPage(_rt.Record):
    """One page of agents.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Agent]


@dataclasses.dataclass(kw_only=True)
class Channel(_rt.Record):
    """Channel

    Attributes:
        id: Use it wherever a `channelId` is asked for.
        platform: Messaging platform of a channel.
        webhook_id: Webhook that receives this channel's events.
    """

    id: str
    platform: Platform | str
    name: str | None = None
    active: bool | None = None
    webhook_id: str | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class ChannelUpdate(_rt.Record):
    """ChannelUpdate"""

    name: str | None = None
    active: bool | None = None
    webhook_id: str | None = None


@dataclasses.dataclass(kw_only=True)
class ChannelsPage(_rt.Record):
    """One page of channels.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Channel]


@dataclasses.dataclass(kw_only=True)
class Chat(_rt.Record):
    """Chat

    Attributes:
        contact_id: The contact's address on the platform.
        variables: Bot variables stored for this chat.
    """

    id: str
    channel_id: str
    contact_id: str
    status: ChatStatus | str | None = None
    assigned_agent_id: str | None = None
    tags: list[str] | None = None
    variables: dict[str, str] | None = None
    last_activity_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class ChatUpdate(_rt.Record):
    """ChatUpdate"""

    tags: list[str] | None = None
    variables: dict[str, str] | None = None
    assigned_agent_id: str | None = None


@dataclasses.dataclass(kw_only=True)
class ChatsPage(_rt.Record):
    """One page of chats.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Chat]


@dataclasses.dataclass(kw_only=True)
class Message(_rt.Record):
    """Message

    Attributes:
        content: What a message carries: text, an image, or a platform template.
    """

    id: str
    chat_id: str
    from_: MessageFrom | str
    agent_id: str | None = None
    content: TextContent | ImageContent | TemplateContent | None = None
    created_at: datetime.datetime


@dataclasses.dataclass(kw_only=True)
class MessagesPage(_rt.Record):
    """One page of messages.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Message]


@dataclasses.dataclass(kw_only=True)
class TextContent(_rt.Record):
    """TextContent"""

    type: TextContentType | str
    text: str


@dataclasses.dataclass(kw_only=True)
class ImageContent(_rt.Record):
    """ImageContent"""

    type: ImageContentType | str
    url: str
    caption: str | None = None


@dataclasses.dataclass(kw_only=True)
class TemplateContent(_rt.Record):
    """TemplateContent"""

    type: TemplateContentType | str
    template_name: str
    variables: dict[str, str] | None = None


@dataclasses.dataclass(kw_only=True)
class SendMessagesRequest(_rt.Record):
    """SendMessagesRequest"""

    chat_id: str
    messages: list[TextContent | ImageContent | TemplateContent]


@dataclasses.dataclass(kw_only=True)
class TriggerIntentRequest(_rt.Record):
    """TriggerIntentRequest"""

    chat_id: str
    intent_name: str
    variables: dict[str, str] | None = None


@dataclasses.dataclass(kw_only=True)
class Contact(_rt.Record):
    """Contact

    Attributes:
        opt_in: Whether the contact agreed to receive notifications.
        language: Preferred language as an IETF tag, such as `pt-BR`.
    """

    id: str
    channel_id: str
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

    channel_id: str
    phone: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None


@dataclasses.dataclass(kw_only=True)
class ContactsPage(_rt.Record):
    """One page of contacts.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Contact]


@dataclasses.dataclass(kw_only=True)
class Webhook(_rt.Record):
    """Webhook"""

    id: str
    url: str
    events: list[WebhookEvent | str] | None = None
    active: bool | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class WebhookRequest(_rt.Record):
    """WebhookRequest"""

    url: str
    events: list[WebhookEvent | str]


@dataclasses.dataclass(kw_only=True)
class WebhooksPage(_rt.Record):
    """One page of webhooks.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Webhook]


@dataclasses.dataclass(kw_only=True)
class NotificationRequest(_rt.Record):
    """NotificationRequest

    Attributes:
        scheduled_at: When to send it; right away when absent.
    """

    channel_id: str
    contact_id: str
    template_name: str
    variables: dict[str, str] | None = None
    scheduled_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class NotificationResult(_rt.Record):
    """NotificationResult"""

    id: str
    contact_id: str | None = None
    template_name: str | None = None
    status: NotificationResultStatus | str
    failure_reason: str | None = None
    sent_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class NotificationResultsPage(_rt.Record):
    """One page of notification results.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[NotificationResult]


@dataclasses.dataclass(kw_only=True)
class Catalog(_rt.Record):
    """Catalog"""

    id: str
    name: str
    currency: str | None = None
    created_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class CatalogRequest(_rt.Record):
    """CatalogRequest"""

    name: str
    currency: str


@dataclasses.dataclass(kw_only=True)
class CatalogsPage(_rt.Record):
    """One page of catalogs.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Catalog]


@dataclasses.dataclass(kw_only=True)
class Product(_rt.Record):
    """Product"""

    sku: str
    name: str
    description: str | None = None
    price: float
    availability: ProductAvailability | str | None = None
    image_url: str | None = None
    updated_at: datetime.datetime | None = None


@dataclasses.dataclass(kw_only=True)
class ProductsPage(_rt.Record):
    """One page of products.

    Attributes:
        next_page: Address of the following page; absent on the last page. Request it as given, with the same `access-token` header.
    """

    next_page: str | None = None
    items: list[Product]


@dataclasses.dataclass(kw_only=True)
class WebhookUpdate(_rt.Record):
    """WebhookUpdate"""

    url: str | None = None
    events: list[WebhookEvent | str] | None = None
    active: bool | None = None


@dataclasses.dataclass(kw_only=True)
class ProductsRequest(_rt.Record):
    """ProductsRequest"""

    products: list[Product]


_rt.bind(
    ErrorResponse,
    (("errors_", "errors", _rt.ListOf(_rt.Model(ErrorItem))),),
    required=("errors",),
)

_rt.bind(
    ErrorItem,
    (
        ("code", "code", _rt.STR),
        ("message", "message", _rt.STR),
        ("field", "field", _rt.STR),
    ),
    required=("code", "message"),
)

_rt.bind(
    IdResponse,
    (("id", "id", _rt.STR),),
    required=("id",),
)

_rt.bind(
    JobResponse,
    (
        ("id", "id", _rt.STR),
        ("accepted_at", "acceptedAt", _rt.DATETIME),
    ),
    required=("id",),
)

_rt.bind(
    Agent,
    (
        ("id", "id", _rt.STR),
        ("email", "email", _rt.STR),
        ("name", "name", _rt.STR),
        ("alias", "alias", _rt.STR),
        ("role", "role", _rt.EnumOf(AgentRole)),
        ("is_online", "isOnline", _rt.BOOL),
        ("queues", "queues", _rt.ListOf(_rt.STR)),
        ("slots", "slots", _rt.INT),
        ("created_at", "createdAt", _rt.DATETIME),
        ("last_seen_at", "lastSeenAt", _rt.DATETIME),
    ),
    required=("id", "email", "role"),
)

_rt.bind(
    AgentRequest,
    (
        ("email", "email", _rt.STR),
        ("name", "name", _rt.STR),
        ("alias", "alias", _rt.STR),
        ("role", "role", _rt.EnumOf(AgentRole)),
        ("queues", "queues", _rt.ListOf(_rt.STR)),
        ("slots", "slots", _rt.INT),
    ),
    required=("email", "role"),
)

_rt.bind(
    AgentUpdate,
    (
        ("name", "name", _rt.STR),
        ("alias", "alias", _rt.STR),
        ("role", "role", _rt.EnumOf(AgentRole)),
        ("queues", "queues", _rt.ListOf(_rt.STR)),
        ("slots", "slots", _rt.INT),
    ),
    required=(),
)

_rt.bind(
    AgentsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Agent))),
    ),
    required=("items",),
)

_rt.bind(
    Channel,
    (
        ("id", "id", _rt.STR),
        ("platform", "platform", _rt.EnumOf(Platform)),
        ("name", "name", _rt.STR),
        ("active", "active", _rt.BOOL),
        ("webhook_id", "webhookId", _rt.STR),
        ("created_at", "createdAt", _rt.DATETIME),
    ),
    required=("id", "platform"),
)

_rt.bind(
    ChannelUpdate,
    (
        ("name", "name", _rt.STR),
        ("active", "active", _rt.BOOL),
        ("webhook_id", "webhookId", _rt.STR),
    ),
    required=(),
)

_rt.bind(
    ChannelsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Channel))),
    ),
    required=("items",),
)

_rt.bind(
    Chat,
    (
        ("id", "id", _rt.STR),
        ("channel_id", "channelId", _rt.STR),
        ("contact_id", "contactId", _rt.STR),
        ("status", "status", _rt.EnumOf(ChatStatus)),
        ("assigned_agent_id", "assignedAgentId", _rt.STR),
        ("tags", "tags", _rt.ListOf(_rt.STR)),
        ("variables", "variables", _rt.MapOf(_rt.STR)),
        ("last_activity_at", "lastActivityAt", _rt.DATETIME),
        ("created_at", "createdAt", _rt.DATETIME),
    ),
    required=("id", "channelId", "contactId"),
)

_rt.bind(
    ChatUpdate,
    (
        ("tags", "tags", _rt.ListOf(_rt.STR)),
        ("variables", "variables", _rt.MapOf(_rt.STR)),
        ("assigned_agent_id", "assignedAgentId", _rt.STR),
    ),
    required=(),
)

_rt.bind(
    ChatsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Chat))),
    ),
    required=("items",),
)

_rt.bind(
    Message,
    (
        ("id", "id", _rt.STR),
        ("chat_id", "chatId", _rt.STR),
        ("from_", "from", _rt.EnumOf(MessageFrom)),
        ("agent_id", "agentId", _rt.STR),
        (
            "content",
            "content",
            _rt.UnionOf(
                _rt.Model(TextContent), _rt.Model(ImageContent), _rt.Model(TemplateContent)
            ),
        ),
        ("created_at", "createdAt", _rt.DATETIME),
    ),
    required=("id", "chatId", "from", "createdAt"),
)

_rt.bind(
    MessagesPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Message))),
    ),
    required=("items",),
)

_rt.bind(
    TextContent,
    (
        ("type", "type", _rt.EnumOf(TextContentType)),
        ("text", "text", _rt.STR),
    ),
    required=("type", "text"),
)

_rt.bind(
    ImageContent,
    (
        ("type", "type", _rt.EnumOf(ImageContentType)),
        ("url", "url", _rt.STR),
        ("caption", "caption", _rt.STR),
    ),
    required=("type", "url"),
)

_rt.bind(
    TemplateContent,
    (
        ("type", "type", _rt.EnumOf(TemplateContentType)),
        ("template_name", "templateName", _rt.STR),
        ("variables", "variables", _rt.MapOf(_rt.STR)),
    ),
    required=("type", "templateName"),
)

_rt.bind(
    SendMessagesRequest,
    (
        ("chat_id", "chatId", _rt.STR),
        (
            "messages",
            "messages",
            _rt.ListOf(
                _rt.UnionOf(
                    _rt.Model(TextContent), _rt.Model(ImageContent), _rt.Model(TemplateContent)
                )
            ),
        ),
    ),
    required=("chatId", "messages"),
)

_rt.bind(
    TriggerIntentRequest,
    (
        ("chat_id", "chatId", _rt.STR),
        ("intent_name", "intentName", _rt.STR),
        ("variables", "variables", _rt.MapOf(_rt.STR)),
    ),
    required=("chatId", "intentName"),
)

_rt.bind(
    Contact,
    (
        ("id", "id", _rt.STR),
        ("channel_id", "channelId", _rt.STR),
        ("first_name", "firstName", _rt.STR),
        ("last_name", "lastName", _rt.STR),
        ("email", "email", _rt.STR),
        ("phone", "phone", _rt.STR),
        ("opt_in", "optIn", _rt.BOOL),
        ("created_at", "createdAt", _rt.DATETIME),
        ("language", "language", _rt.STR),
    ),
    required=("id", "channelId"),
)

_rt.bind(
    ContactRequest,
    (
        ("channel_id", "channelId", _rt.STR),
        ("phone", "phone", _rt.STR),
        ("first_name", "firstName", _rt.STR),
        ("last_name", "lastName", _rt.STR),
        ("email", "email", _rt.STR),
    ),
    required=("channelId", "phone"),
)

_rt.bind(
    ContactsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Contact))),
    ),
    required=("items",),
)

_rt.bind(
    Webhook,
    (
        ("id", "id", _rt.STR),
        ("url", "url", _rt.STR),
        ("events", "events", _rt.ListOf(_rt.EnumOf(WebhookEvent))),
        ("active", "active", _rt.BOOL),
        ("created_at", "createdAt", _rt.DATETIME),
    ),
    required=("id", "url"),
)

_rt.bind(
    WebhookRequest,
    (
        ("url", "url", _rt.STR),
        ("events", "events", _rt.ListOf(_rt.EnumOf(WebhookEvent))),
    ),
    required=("url", "events"),
)

_rt.bind(
    WebhooksPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Webhook))),
    ),
    required=("items",),
)

_rt.bind(
    NotificationRequest,
    (
        ("channel_id", "channelId", _rt.STR),
        ("contact_id", "contactId", _rt.STR),
        ("template_name", "templateName", _rt.STR),
        ("variables", "variables", _rt.MapOf(_rt.STR)),
        ("scheduled_at", "scheduledAt", _rt.DATETIME),
    ),
    required=("channelId", "contactId", "templateName"),
)

_rt.bind(
    NotificationResult,
    (
        ("id", "id", _rt.STR),
        ("contact_id", "contactId", _rt.STR),
        ("template_name", "templateName", _rt.STR),
        ("status", "status", _rt.EnumOf(NotificationResultStatus)),
        ("failure_reason", "failureReason", _rt.STR),
        ("sent_at", "sentAt", _rt.DATETIME),
    ),
    required=("id", "status"),
)

_rt.bind(
    NotificationResultsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(NotificationResult))),
    ),
    required=("items",),
)

_rt.bind(
    Catalog,
    (
        ("id", "id", _rt.STR),
        ("name", "name", _rt.STR),
        ("currency", "currency", _rt.STR),
        ("created_at", "createdAt", _rt.DATETIME),
    ),
    required=("id", "name"),
)

_rt.bind(
    CatalogRequest,
    (
        ("name", "name", _rt.STR),
        ("currency", "currency", _rt.STR),
    ),
    required=("name", "currency"),
)

_rt.bind(
    CatalogsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Catalog))),
    ),
    required=("items",),
)

_rt.bind(
    Product,
    (
        ("sku", "sku", _rt.STR),
        ("name", "name", _rt.STR),
        ("description", "description", _rt.STR),
        ("price", "price", _rt.FLOAT),
        ("availability", "availability", _rt.EnumOf(ProductAvailability)),
        ("image_url", "imageUrl", _rt.STR),
        ("updated_at", "updatedAt", _rt.DATETIME),
    ),
    required=("sku", "name", "price"),
)

_rt.bind(
    ProductsPage,
    (
        ("next_page", "nextPage", _rt.STR),
        ("items", "items", _rt.ListOf(_rt.Model(Product))),
    ),
    required=("items",),
)

_rt.bind(
    WebhookUpdate,
    (
        ("url", "url", _rt.STR),
        ("events", "events", _rt.ListOf(_rt.EnumOf(WebhookEvent))),
        ("active", "active", _rt.BOOL),
    ),
    required=(),
)

_rt.bind(
    ProductsRequest,
    (("products", "products", _rt.ListOf(_rt.Model(Product))),),
    required=("products",),
)
