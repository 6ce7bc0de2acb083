#include "LabParameterForm.h"

#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>

namespace {
QString settingsKey(const QString &lab, const QString &name)
{
    return QStringLiteral("lab/parameters/%1/%2").arg(lab, name);
}
}

LabParameterForm::LabParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setVisible(false);
}

void LabParameterForm::setLab(const LabDefinition &lab)
{
    saveSettings();
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_lab = lab;
    QSettings settings;
    for (const LabParameter &p : lab.parameters) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("parameter_") + p.name);
        edit->setText(settings.value(settingsKey(lab.id, p.name)).toString());
        m_layout->addRow(p.name + QLatin1Char(':'), edit);
        m_fields.append(edit);
    }
    retranslate();
    setVisible(!m_fields.isEmpty());
}

QMap<QString, QString> LabParameterForm::values() const
{
    QMap<QString, QString> out;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_fields.at(i)->text().isEmpty())
            out.insert(m_lab.parameters.at(i).name, m_fields.at(i)->text());
    }
    return out;
}

bool LabParameterForm::setValues(const QMap<QString, QString> &values, QString *unknown)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        int found = -1;
        for (int i = 0; i < m_lab.parameters.size(); ++i)
            found = m_lab.parameters.at(i).name == it.key() ? i : found;
        if (found < 0) {
            if (unknown)
                *unknown = it.key();
            return false;
        }
        m_fields.at(found)->setText(it.value());
    }
    return true;
}

void LabParameterForm::saveSettings() const
{
    if (m_lab.id.isEmpty())
        return;
    QSettings settings;
    for (int i = 0; i < m_fields.size(); ++i)
        settings.setValue(settingsKey(m_lab.id, m_lab.parameters.at(i).name), m_fields.at(i)->text());
}

void LabParameterForm::retranslate()
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const LabParameter &p = m_lab.parameters.at(i);
        m_fields.at(i)->setToolTip(p.description.text());
        m_fields.at(i)->setPlaceholderText(tr("Default: %1").arg(p.defaultValue));
    }
}

void LabParameterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
