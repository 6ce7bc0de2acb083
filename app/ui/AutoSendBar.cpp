#include "AutoSendBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

#include "AutoSendPacer.h"
#include "QuickSendChoice.h"
#include "QuickSendList.h"

namespace {

void fillNothing(QComboBox *combo)
{
    combo->clear();
    combo->addItem(AutoSendBar::tr("Nothing"));
}

QComboBox *makeCombo(const char *name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(7);
    return combo;
}

} // namespace

AutoSendBar::AutoSendBar(QuickSendList *list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_pacer(new AutoSendPacer(this))
    , m_onConnectLabel(new QLabel(this))
    , m_onConnectCombo(makeCombo("autoSendOnConnectCombo", this))
    , m_afterReceiveLabel(new QLabel(this))
    , m_afterReceiveCombo(makeCombo("autoSendAfterReceiveCombo", this))
    , m_gapSpin(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("autoSendBar"));
    m_gapSpin->setObjectName(QStringLiteral("autoSendGapSpin"));
    m_status->setObjectName(QStringLiteral("autoSendStatus"));
    m_gapSpin->setRange(0, 3600000);
    m_gapSpin->setValue(AutoSendPacer::DefaultIntervalMs);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_onConnectLabel->setBuddy(m_onConnectCombo);
    m_afterReceiveLabel->setBuddy(m_afterReceiveCombo);

    const QuickSendChoice::Words words{[](const QString &name) { return name; },
                                       [] { return tr("(the quick-send list is empty)"); }};
    m_onConnect = new QuickSendChoice(m_onConnectCombo, list, fillNothing, words, QVariant(), this);
    m_afterReceive = new QuickSendChoice(m_afterReceiveCombo, list, fillNothing, words, QVariant(), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_onConnectLabel);
    layout->addWidget(m_onConnectCombo);
    layout->addSpacing(6);
    layout->addWidget(m_afterReceiveLabel);
    layout->addWidget(m_afterReceiveCombo);
    layout->addWidget(m_gapSpin);
    layout->addWidget(m_status, 1);

    connect(m_pacer, &AutoSendPacer::sendDue, this, [this] { sendChosen(m_afterReceive); });
    connect(m_pacer, &AutoSendPacer::countsChanged, this, &AutoSendBar::updateStatus);
    connect(m_gapSpin, &QSpinBox::valueChanged, this, [this](int ms) {
        m_pacer->setMinimumInterval(ms);
        saveSettings();
    });
    connect(m_onConnectCombo, &QComboBox::currentIndexChanged, this, &AutoSendBar::saveSettings);
    auto afterReceiveChanged = [this] {
        if (!m_afterReceive->isItemChosen())
            m_pacer->cancel();
        m_problem.clear();
        saveSettings();
        updateStatus();
        emit sendsAfterReceiveChanged(sendsAfterReceive());
    };
    connect(m_afterReceiveCombo, &QComboBox::currentIndexChanged, this, afterReceiveChanged);
    connect(m_afterReceive, &QuickSendChoice::chosenItemDeleted, this, [this, afterReceiveChanged](const QString &name) {
        afterReceiveChanged();
        m_problem = tr("The quick-send message “%1” was deleted: nothing is sent after receiving now.").arg(name);
        updateStatus();
    });
    connect(m_onConnect, &QuickSendChoice::chosenItemDeleted, this, [this](const QString &name) {
        saveSettings();
        m_problem = tr("The quick-send message “%1” was deleted: nothing is sent on connect now.").arg(name);
        updateStatus();
    });
    connect(m_onConnectCombo, &QComboBox::activated, this, [this] {
        m_problem.clear();
        updateStatus();
    });
    retranslate();
    updateStatus();
}

AutoSendBar::~AutoSendBar() = default;

void AutoSendBar::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    const QSettings s;
    const QString onConnect = s.value(key + QStringLiteral("/onConnect")).toString();
    const QString afterReceive = s.value(key + QStringLiteral("/afterReceive")).toString();
    const int gap = s.value(key + QStringLiteral("/gapMs"), m_gapSpin->value()).toInt();
    m_gapSpin->setValue(gap);
    m_onConnect->choose(onConnect);
    m_afterReceive->choose(afterReceive);
}

bool AutoSendBar::sendsAfterReceive() const
{
    return m_afterReceive->isItemChosen();
}

int AutoSendBar::sentAfterReceive() const
{
    return m_pacer->sent();
}

int AutoSendBar::skipped() const
{
    return m_pacer->skipped();
}

void AutoSendBar::connected()
{
    m_pacer->reset();
    m_problem.clear();
    if (m_onConnect->isItemChosen())
        sendChosen(m_onConnect);
    updateStatus();
}

void AutoSendBar::received()
{
    if (m_afterReceive->isItemChosen())
        m_pacer->received();
}

void AutoSendBar::disconnected()
{
    m_pacer->cancel();
}

void AutoSendBar::sendChosen(const QuickSendChoice *choice)
{
    const std::optional<QuickSendItem> item = choice->chosenItem();
    if (!item)
        return;
    QString error;
    const std::optional<QByteArray> payload = item->payload(&error);
    if (!payload) {
        m_problem = tr("“%1” was not sent: %2").arg(item->displayName(), error);
        updateStatus();
        return;
    }
    emit sendRequested(*payload);
}

void AutoSendBar::updateStatus()
{
    if (!m_problem.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        m_status->setText(m_problem);
        m_status->setToolTip(m_problem);
        return;
    }
    m_status->setStyleSheet(QString());
    QString text;
    if (sendsAfterReceive() || m_pacer->sent() > 0) {
        text = m_pacer->skipped() > 0
                   ? tr("%n sent after receiving, %1 skipped (too soon after the last).", "", m_pacer->sent()).arg(m_pacer->skipped())
                   : tr("%n sent after receiving.", "", m_pacer->sent());
    }
    m_status->setText(text);
    m_status->setToolTip(text);
}

void AutoSendBar::saveSettings() const
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings s;
    s.setValue(m_settingsKey + QStringLiteral("/onConnect"), m_onConnect->chosenId());
    s.setValue(m_settingsKey + QStringLiteral("/afterReceive"), m_afterReceive->chosenId());
    s.setValue(m_settingsKey + QStringLiteral("/gapMs"), m_gapSpin->value());
}

void AutoSendBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_onConnect->refill();
        m_afterReceive->refill();
        m_problem.clear();
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void AutoSendBar::retranslate()
{
    m_onConnectLabel->setText(tr("Send on c&onnect:"));
    m_onConnectCombo->setToolTip(tr("A quick-send message sent right after each connect"));
    m_afterReceiveLabel->setText(tr("after each rec&eive:"));
    m_afterReceiveCombo->setToolTip(tr("A quick-send message sent after each message received, for simple "
                                       "request/response devices: at most one per received message"));
    m_gapSpin->setPrefix(tr("gap ≥ "));
    m_gapSpin->setSuffix(tr(" ms"));
    m_gapSpin->setToolTip(tr("The least time between two sends after receiving. A message received sooner "
                             "waits for it; messages received while one waits get no send of their own, so an "
                             "echo server cannot turn it into an endless exchange at full speed."));
}
