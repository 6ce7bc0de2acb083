#include "ListenOnWidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "Endpoint.h"
#include "NetworkAddresses.h"

namespace {
const QString AnyKey = QStringLiteral("any");
} // namespace

ListenOnWidget::ListenOnWidget(QWidget *parent)
    : QWidget(parent)
    , m_address(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
{
    m_address->setObjectName(QStringLiteral("bindCombo"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    // Interface names can be long: the row may shrink below the longest choice.
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_address->setMinimumContentsLength(12);
    m_address->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_portLabel->setObjectName(QStringLiteral("portLabel"));
    m_portLabel->setBuddy(m_port);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_portLabel);
    layout->addWidget(m_port);
    setFocusProxy(m_address);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // A narrow box shows the start of its choice ("Any address (IPv4 + …"), never its end: the
    // line edit would otherwise scroll to its cursor, after the last character. Typing is left
    // alone (it does not change the current index).
    connect(m_address, &QComboBox::currentIndexChanged, this, [this] { showStart(); });

    fillChoices();
    retranslate();
}

void ListenOnWidget::setPortVisible(bool visible)
{
    m_portLabel->setVisible(visible);
    m_port->setVisible(visible);
}

void ListenOnWidget::setSingleStackChoices(bool offered)
{
    if (m_singleStack == offered)
        return;
    m_singleStack = offered;
    fillChoices();
}

QString ListenOnWidget::keyFor(const QHostAddress &address)
{
    // QHostAddress::Any prints as 0.0.0.0, which reads back as IPv4 only: keep dual stack as "any".
    return address == QHostAddress(QHostAddress::Any) ? AnyKey : address.toString();
}

QString ListenOnWidget::keyFromOldSetting(const QString &value)
{
    return value == QLatin1String("0.0.0.0") ? AnyKey : value;
}

bool ListenOnWidget::isAny(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

QString ListenOnWidget::addressText(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::Any))
        return tr("any address (IPv4 and IPv6)");
    if (address == QHostAddress(QHostAddress::AnyIPv4))
        return tr("any IPv4 address");
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        return tr("any IPv6 address");
    return Endpoint::hostText(address);
}

QString ListenOnWidget::describe(const QHostAddress &address, quint16 port)
{
    if (address == QHostAddress(QHostAddress::Any))
        return tr("any address (IPv4 and IPv6), port %1").arg(port);
    if (address == QHostAddress(QHostAddress::AnyIPv4))
        return tr("any IPv4 address, port %1").arg(port);
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        return tr("any IPv6 address, port %1").arg(port);
    return Endpoint::format(address, port);
}

QString ListenOnWidget::localClientHost(const QHostAddress &listening)
{
    if (listening == QHostAddress(QHostAddress::AnyIPv6))
        return QStringLiteral("::1");
    if (listening.isNull() || isAny(listening))
        return QStringLiteral("127.0.0.1");
    return Endpoint::hostText(listening);
}

QHostAddress ListenOnWidget::address(QString *error) const
{
    // A listed choice carries its key as data; anything typed is parsed as an address.
    const int index = m_address->currentIndex();
    const QString typed = m_address->currentText();
    const bool listed = index >= 0 && m_address->itemText(index) == typed;
    const QString text = listed ? m_address->itemData(index).toString() : typed;
    const QHostAddress address = text == AnyKey ? QHostAddress(QHostAddress::Any) : NetworkAddresses::parseBindAddress(text);
    if (address.isNull() && error)
        *error = tr("“%1” is not an IP address. Pick one of the listed addresses or type one such as 127.0.0.1.").arg(typed);
    return address;
}

bool ListenOnWidget::read(QHostAddress *address, quint16 *port, QString *error) const
{
    *address = this->address(error);
    *port = this->port();
    return !address->isNull();
}

void ListenOnWidget::setAddress(const QHostAddress &address)
{
    setAddressKey(keyFor(address));
}

QString ListenOnWidget::addressKey() const
{
    const int index = m_address->currentIndex();
    const bool listed = index >= 0 && m_address->itemText(index) == m_address->currentText();
    return listed ? m_address->itemData(index).toString() : m_address->currentText().trimmed();
}

void ListenOnWidget::setAddressKey(const QString &key)
{
    if (const int i = m_address->findData(key); i >= 0)
        m_address->setCurrentIndex(i);
    else if (!key.isEmpty())
        m_address->setEditText(key);
    showStart();
}

void ListenOnWidget::showStart()
{
    if (QLineEdit *edit = m_address->lineEdit())
        edit->setCursorPosition(0);
}

quint16 ListenOnWidget::port() const
{
    return quint16(m_port->value());
}

void ListenOnWidget::setPort(quint16 port)
{
    m_port->setValue(port);
}

void ListenOnWidget::fillChoices()
{
    // Keep the choice across a refill (the labels change with the language).
    const bool filled = m_address->count() > 0;
    const QString key = filled ? addressKey() : AnyKey;
    const QSignalBlocker block(m_address);
    m_address->clear();
    QList<BindChoice> choices = NetworkAddresses::bindChoices();
    if (m_singleStack) {
        choices.insert(qMin(1, int(choices.size())), {tr("Any IPv4 address (0.0.0.0)"), QHostAddress(QHostAddress::AnyIPv4)});
        choices.insert(qMin(2, int(choices.size())), {tr("Any IPv6 address (::)"), QHostAddress(QHostAddress::AnyIPv6)});
    }
    for (const BindChoice &choice : std::as_const(choices))
        m_address->addItem(choice.label, keyFor(choice.address));
    setAddressKey(key);
}

void ListenOnWidget::retranslate()
{
    m_address->setToolTip(tr("The local address to listen on. “Any address” accepts clients from other machines "
                             "over IPv4 and IPv6; localhost only from this one."));
    m_portLabel->setText(tr("&Port:"));
    m_port->setToolTip(tr("0 lets the system pick a free port; the state line shows the one it chose."));
}

void ListenOnWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillChoices();
        retranslate();
        showStart();
    }
    QWidget::changeEvent(event);
}
