#pragma once

#include <QString>

// One option in a command's option table (CommandSpec): everything the parser, `--help` and the
// man page need to know about it, written once. The description (and a default described in
// words) are source texts, marked with QT_TR_NOOP / QT_TRANSLATE_NOOP where the table is written
// and translated under `context` when shown.
//
//   OptionSpec::value(QStringLiteral("bind"), QStringLiteral("ADDR"), ctx,
//                     QT_TR_NOOP("Address to listen on: any, localhost or an IP address."))
//       .withDefault(QStringLiteral("any"))
class OptionSpec
{
public:
    // An option with a value (`--port N`); `valueName` is the placeholder shown in --help.
    static OptionSpec value(const QString &name, const QString &valueName, const char *context,
                            const char *description);
    // A switch without a value (`--relay`).
    static OptionSpec flag(const QString &name, const char *context, const char *description);

    // The value when the option is not given; --help shows it as the default.
    OptionSpec &withDefault(const QString &value);
    // The default in words, for --help, when it is not a value ("the shared folder").
    OptionSpec &withDefaultText(const char *text);
    // The values the synopsis lists instead of the placeholder ("raw|lines|length").
    OptionSpec &withChoices(const QString &choices);
    // May be given more than once (the synopsis adds "…").
    OptionSpec &repeatable();
    // Already in the command's own arguments (CommandSpec::arguments, e.g. "--port N"), so the
    // synopsis does not list it again among the optional ones.
    OptionSpec &inArguments();

    QString name() const { return m_name; }                 // "port"
    QString switchText() const;                             // "--port N", "--relay"
    QString synopsisText() const;                           // "--framing raw|lines|length", "--join GROUP…"
    QString valueName() const { return m_valueName; }       // "N"; empty for a switch
    bool takesValue() const { return !m_valueName.isEmpty(); }
    QString defaultValue() const { return m_defaultValue; }
    bool isRepeatable() const { return m_repeatable; }
    bool isInArguments() const { return m_inArguments; }
    const char *context() const { return m_context; }
    const char *descriptionSource() const { return m_description; }

    QString description() const;    // translated
    QString shownDefault() const;   // translated default in words, else the default value; may be empty

private:
    QString m_name;
    QString m_valueName;
    QString m_choices;
    QString m_defaultValue;
    const char *m_context = "";
    const char *m_description = "";
    const char *m_defaultText = nullptr;
    bool m_repeatable = false;
    bool m_inArguments = false;
};
