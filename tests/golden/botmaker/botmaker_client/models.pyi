import dataclasses
import datetime
import enum

from . import _runtime as _rt

class AgentRole(enum.StrEnum):
    ADMIN = "ADMIN"
    SUPERVISOR = "SUPERVISOR"
    OPERATOR = "OPERATOR"

class Platform(enum.StrEnum):
    WHATSAPP = "WHATSAPP"
    MESSENGER = "MESSENGER"
    TELEGRAM = "TELEGRAM"
    WEBCHAT = "WEBCHAT"
    SMS = "SMS"
    INSTAGRAM = "INSTAGRAM"

class WebhookEvent(enum.StrEnum):
    MESSAGE_RECEIVED = "MESSAGE_RECEIVED"
    MESSAGE_SENT = "MESSAGE_SENT"
    CHAT_CLOSED = "CHAT_CLOSED"
    NOTIFICATION_RESULT = "NOTIFICATION_RESULT"

class ChatStatus(enum.StrEnum):
    OPEN = "OPEN"
    WAITING = "WAITING"
    CLOSED = "CLOSED"

class MessageFrom(enum.StrEnum):
    USER = "USER"
    BOT = "BOT"
    AGENT = "AGENT"

class TextContentType(enum.StrEnum):
    TEXT = "TEXT"

class ImageContentType(enum.StrEnum):
    IMAGE = "IMAGE"

class TemplateContentType(enum.StrEnum):
    TEMPLATE = "TEMPLATE"

class NotificationResultStatus(enum.StrEnum):
    QUEUED = "QUEUED"
    SENT = "SENT"
    DELIVERED = "DELIVERED"
    READ = "READ"
    FAILED = "FAILED"

class ProductAvailability(enum.StrEnum):
    IN_STOCK = "IN_STOCK"
    OUT_OF_STOCK = "OUT_OF_STOCK"

@dataclasses.dataclass(kw_only=True)
class ErrorResponse(_rt.Record):
    errors_: list[ErrorItem]

@dataclasses.dataclass(kw_only=True)
class ErrorItem(_rt.Record):
    code: str
    message: str
    field: str | None = None

@dataclasses.dataclass(kw_only=True)
class IdResponse(_rt.Record):
    id: str

@dataclasses.dataclass(kw_only=True)
class JobResponse(_rt.Record):
    id: str
    accepted_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class Agent(_rt.Record):
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
    email: str
    name: str | None = None
    alias: str | None = None
    role: AgentRole | str
    queues: list[str] | None = None
    slots: int | None = None

@dataclasses.dataclass(kw_only=True)
class AgentUpdate(_rt.Record):
    name: str | None = None
    alias: str | None = None
    role: AgentRole | str | None = None
    queues: list[str] | None = None
    slots: int | None = None

@dataclasses.dataclass(kw_only=True)
class AgentsPage(_rt.Record):
    next_page: str | None = None
    items: list[Agent]

@dataclasses.dataclass(kw_only=True)
class Channel(_rt.Record):
    id: str
    platform: Platform | str
    name: str | None = None
    active: bool | None = None
    webhook_id: str | None = None
    created_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class ChannelUpdate(_rt.Record):
    name: str | None = None
    active: bool | None = None
    webhook_id: str | None = None

@dataclasses.dataclass(kw_only=True)
class ChannelsPage(_rt.Record):
    next_page: str | None = None
    items: list[Channel]

@dataclasses.dataclass(kw_only=True)
class Chat(_rt.Record):
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
    tags: list[str] | None = None
    variables: dict[str, str] | None = None
    assigned_agent_id: str | None = None

@dataclasses.dataclass(kw_only=True)
class ChatsPage(_rt.Record):
    next_page: str | None = None
    items: list[Chat]

@dataclasses.dataclass(kw_only=True)
class Message(_rt.Record):
    id: str
    chat_id: str
    from_: MessageFrom | str
    agent_id: str | None = None
    content: TextContent | ImageContent | TemplateContent | None = None
    created_at: datetime.datetime

@dataclasses.dataclass(kw_only=True)
class MessagesPage(_rt.Record):
    next_page: str | None = None
    items: list[Message]

@dataclasses.dataclass(kw_only=True)
class TextContent(_rt.Record):
    type: TextContentType | str
    text: str

@dataclasses.dataclass(kw_only=True)
class ImageContent(_rt.Record):
    type: ImageContentType | str
    url: str
    caption: str | None = None

@dataclasses.dataclass(kw_only=True)
class TemplateContent(_rt.Record):
    type: TemplateContentType | str
    template_name: str
    variables: dict[str, str] | None = None

@dataclasses.dataclass(kw_only=True)
class SendMessagesRequest(_rt.Record):
    chat_id: str
    messages: list[TextContent | ImageContent | TemplateContent]

@dataclasses.dataclass(kw_only=True)
class TriggerIntentRequest(_rt.Record):
    chat_id: str
    intent_name: str
    variables: dict[str, str] | None = None

@dataclasses.dataclass(kw_only=True)
class Contact(_rt.Record):
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
    channel_id: str
    phone: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None

@dataclasses.dataclass(kw_only=True)
class ContactsPage(_rt.Record):
    next_page: str | None = None
    items: list[Contact]

@dataclasses.dataclass(kw_only=True)
class Webhook(_rt.Record):
    id: str
    url: str
    events: list[WebhookEvent | str] | None = None
    active: bool | None = None
    created_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class WebhookRequest(_rt.Record):
    url: str
    events: list[WebhookEvent | str]

@dataclasses.dataclass(kw_only=True)
class WebhooksPage(_rt.Record):
    next_page: str | None = None
    items: list[Webhook]

@dataclasses.dataclass(kw_only=True)
class NotificationRequest(_rt.Record):
    channel_id: str
    contact_id: str
    template_name: str
    variables: dict[str, str] | None = None
    scheduled_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class NotificationResult(_rt.Record):
    id: str
    contact_id: str | None = None
    template_name: str | None = None
    status: NotificationResultStatus | str
    failure_reason: str | None = None
    sent_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class NotificationResultsPage(_rt.Record):
    next_page: str | None = None
    items: list[NotificationResult]

@dataclasses.dataclass(kw_only=True)
class Catalog(_rt.Record):
    id: str
    name: str
    currency: str | None = None
    created_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class CatalogRequest(_rt.Record):
    name: str
    currency: str

@dataclasses.dataclass(kw_only=True)
class CatalogsPage(_rt.Record):
    next_page: str | None = None
    items: list[Catalog]

@dataclasses.dataclass(kw_only=True)
class Product(_rt.Record):
    sku: str
    name: str
    description: str | None = None
    price: float
    availability: ProductAvailability | str | None = None
    image_url: str | None = None
    updated_at: datetime.datetime | None = None

@dataclasses.dataclass(kw_only=True)
class ProductsPage(_rt.Record):
    next_page: str | None = None
    items: list[Product]

@dataclasses.dataclass(kw_only=True)
class WebhookUpdate(_rt.Record):
    url: str | None = None
    events: list[WebhookEvent | str] | None = None
    active: bool | None = None

@dataclasses.dataclass(kw_only=True)
class ProductsRequest(_rt.Record):
    products: list[Product]
