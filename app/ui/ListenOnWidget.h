#pragma once

#include <QHostAddress>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

// The "listen on" choice of every server panel (TCP server, file server, web, UDP): the local
// address and the port, in one row. The address is picked from a list — any address (IPv4 + IPv6,
// kept as the dual-stack QHostAddress::Any, never turned into 0.0.0.0), localhost, or an address
// of this machine — or typed. The port spin box can be hidden (the file server has three ports
// of its own). The combo box and the spin box are named "bindCombo" and "portSpin"; the combo
// carries each choice's settings key (keyFor()) as item data.
class ListenOnWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ListenOnWidget(QWidget *parent = nullptr);

    void setPortVisible(bool visible);
    // Also offer "any IPv4 address (0.0.0.0)" and "any IPv6 address (::)" (UDP multicast needs them).
    void setSingleStackChoices(bool offered);

    // The chosen or typed address; null, with a translated reason, when the text is not one.
    QHostAddress address(QString *error = nullptr) const;
    // A server's options from this row: the address and the port; false, with the reason, when
    // the text is not an address.
    bool read(QHostAddress *address, quint16 *port, QString *error) const;
    void setAddress(const QHostAddress &address);
    // The choice as kept in the settings: "any" for dual stack, otherwise the address
    // ("0.0.0.0", "127.0.0.1", "::"); what was typed when it is not one of the choices.
    QString addressKey() const;
    void setAddressKey(const QString &key);
    quint16 port() const;
    void setPort(quint16 port);

    static QString keyFor(const QHostAddress &address);
    // Settings written before this widget kept the dual-stack choice as "0.0.0.0".
    static QString keyFromOldSetting(const QString &value);
    // For state lines: "any address (IPv4 and IPv6)", "any IPv4 address", "::1", "10.0.0.5".
    static QString addressText(const QHostAddress &address);
    // "any address (IPv4 and IPv6), port 1246", "any IPv4 address, port 53", "127.0.0.1:8000".
    static QString describe(const QHostAddress &address, quint16 port);
    static bool isAny(const QHostAddress &address);   // Any, AnyIPv4 or AnyIPv6
    // The host a client on this machine connects to: 127.0.0.1 for any address, ::1 for any
    // IPv6 address, otherwise the address itself.
    static QString localClientHost(const QHostAddress &listening);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void retranslate();
    void showStart();   // the line edit shows the start of its text

    QComboBox *m_address;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    bool m_singleStack = false;
};
