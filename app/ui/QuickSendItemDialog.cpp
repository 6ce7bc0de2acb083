#include "QuickSendItemDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ByteCountText.h"
#include "QuickSendFile.h"
#include "SendInputConverter.h"

QuickSendItemDialog::QuickSendItemDialog(const QuickSendItem &item, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_message(new QPlainTextEdit(this))
    , m_format(new QComboBox(this))
    , m_eol(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_checksum(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(adding ? tr("Add a quick-send message") : tr("Edit a quick-send message"));
    m_name->setObjectName(QStringLiteral("itemNameEdit"));
    m_message->setObjectName(QStringLiteral("itemMessageEdit"));
    m_format->setObjectName(QStringLiteral("itemFormatCombo"));
    m_eol->setObjectName(QStringLiteral("itemEolCombo"));
    m_encoding->setObjectName(QStringLiteral("itemEncodingCombo"));
    m_checksum->setObjectName(QStringLiteral("itemChecksumCombo"));
    m_preview->setObjectName(QStringLiteral("itemPreviewLabel"));

    m_name->setPlaceholderText(tr("A short name, e.g. Read registers"));
    m_name->setMaxLength(QuickSendFile::MaxNameChars);
    m_message->setTabChangesFocus(true);
    m_format->addItems({tr("Text"), tr("Hex")});
    m_format->setToolTip(tr("Send the text as typed, or type the bytes in hex (e.g. 48 65 6c 6c 6f)"));
    for (const auto e : {QuickSendItem::LineEnding::None, QuickSendItem::LineEnding::Lf, QuickSendItem::LineEnding::CrLf})
        m_eol->addItem(QuickSendItem::lineEndingName(e), int(e));
    for (const TextCodec::Encoding e : TextCodec::encodings())
        m_encoding->addItem(TextCodec::name(e), int(e));
    m_checksum->addItem(tr("No checksum"), int(Checksum::Algorithm::None));
    for (const Checksum::Algorithm a : Checksum::algorithms())
        m_checksum->addItem(Checksum::displayName(a), int(a));
    m_checksum->setToolTip(tr("Checksum appended after the line ending; it covers the message and its line ending"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_name->setText(item.name);
    m_message->setPlainText(item.text);
    m_shownFormat = item.hex ? 1 : 0;
    m_format->setCurrentIndex(m_shownFormat);
    m_eol->setCurrentIndex(qMax(0, m_eol->findData(int(item.lineEnding))));
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(int(item.encoding))));
    m_checksum->setCurrentIndex(qMax(0, m_checksum->findData(int(item.checksum))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Message:"), m_message);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_format);
    choices->addWidget(m_eol);
    choices->addWidget(m_encoding);
    choices->addWidget(m_checksum);
    choices->addStretch(1);
    form->addRow(tr("Sent as:"), choices);
    auto *note = new QLabel(tr("The message keeps these choices wherever it is sent from; the choices under "
                               "the send box's editor do not change it."), this);
    note->setWordWrap(true);
    note->setEnabled(false);   // a hint, greyed
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_preview);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &QuickSendItemDialog::switchFormat);
    connect(m_message, &QPlainTextEdit::textChanged, this, &QuickSendItemDialog::updatePreview);
    for (QComboBox *combo : {m_eol, m_encoding, m_checksum})
        connect(combo, &QComboBox::currentIndexChanged, this, &QuickSendItemDialog::updatePreview);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
    m_message->setFocus();
    updatePreview();
}

QuickSendItem QuickSendItemDialog::item() const
{
    QuickSendItem item;
    item.name = m_name->text().trimmed();
    item.text = m_message->toPlainText();
    item.hex = m_shownFormat == 1;
    item.lineEnding = QuickSendItem::LineEnding(m_eol->currentData().toInt());
    item.encoding = TextCodec::Encoding(m_encoding->currentData().toInt());
    item.checksum = Checksum::Algorithm(m_checksum->currentData().toInt());
    return item;
}

void QuickSendItemDialog::switchFormat(int index)
{
    if (index == m_shownFormat)
        return;
    QString error;
    const TextCodec::Encoding encoding = TextCodec::Encoding(m_encoding->currentData().toInt());
    const QString before = m_message->toPlainText();
    const std::optional<QString> converted = index == 1 ? SendInputConverter::textToHex(before, encoding, &error)
                                                        : SendInputConverter::hexToText(before, encoding, &error);
    if (!converted) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_shownFormat);
        m_preview->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        m_preview->setText(error);
        return;
    }
    m_shownFormat = index;
    m_message->setPlainText(*converted);
    updatePreview();
}

void QuickSendItemDialog::updatePreview()
{
    QString error;
    std::optional<QByteArray> payload = item().payload(&error);
    if (payload && m_message->toPlainText().size() > QuickSendFile::MaxTextChars) {
        payload.reset();
        error = tr("The message is %1 characters long; a quick-send message holds at most %2.")
                    .arg(m_message->toPlainText().size()).arg(QuickSendFile::MaxTextChars);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(payload.has_value());
    if (!payload) {
        m_preview->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        m_preview->setText(error);
        return;
    }
    m_preview->setStyleSheet(QString());
    m_preview->setText(tr("Sends %1: %2").arg(ByteCountText::count(payload->size()), TextCodec::toHex(*payload, 48).toUpper()));
}
