package org.ssaplanner.authorities.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hand-written recursive-descent parser of the condition language (grammar in
 * docs/restriction-conditions.md). Syntax only; {@link ConditionVocabulary#validate} checks names and
 * values. Keywords (and, or, not, in) are case-insensitive; field names are lower case; values upper case.
 *
 * <pre>
 * condition  := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | primary
 * primary    := "(" or ")" | NAME [ ("=" | "!=") VALUE | ["not"] "in" "(" VALUE ("," VALUE)* ")" ]
 * </pre>
 */
public final class ConditionParser {

    public static final int MAX_LENGTH = 2000;
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in");

    private final List<Token> tokens;
    private int position;

    private ConditionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConditionException("condition.error.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ConditionException("condition.error.tooLong", MAX_LENGTH);
        }
        ConditionParser parser = new ConditionParser(tokenize(text));
        Condition condition = parser.or();
        Token rest = parser.peek();
        if (rest.type != Type.END) {
            throw unexpected(rest, "and, or");
        }
        return condition;
    }

    private Condition or() {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (peek().isKeyword("or")) {
            next();
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Or(parts);
    }

    private Condition and() {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        while (peek().isKeyword("and")) {
            next();
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.And(parts);
    }

    private Condition unary() {
        if (peek().isKeyword("not")) {
            next();
            return new Condition.Not(unary());
        }
        return primary();
    }

    private Condition primary() {
        Token token = next();
        if (token.type == Type.LPAREN) {
            Condition inner = or();
            Token close = next();
            if (close.type != Type.RPAREN) {
                throw close.type == Type.END ? new ConditionException("condition.error.unclosed")
                        : unexpected(close, ")");
            }
            return inner;
        }
        if (token.type != Type.WORD || KEYWORDS.contains(token.lower())) {
            throw unexpected(token, "a field or flag name, not or (");
        }
        String name = token.lower();
        Token after = peek();
        if (after.type == Type.EQUALS || after.type == Type.NOT_EQUALS) {
            next();
            return new Condition.Comparison(name,
                    after.type == Type.EQUALS ? Condition.Operator.EQUALS : Condition.Operator.NOT_EQUALS,
                    List.of(value()));
        }
        if (after.isKeyword("in")) {
            next();
            return new Condition.Comparison(name, Condition.Operator.IN, valueList());
        }
        if (after.isKeyword("not") && peek(1).isKeyword("in")) {
            next();
            next();
            return new Condition.Comparison(name, Condition.Operator.NOT_IN, valueList());
        }
        return new Condition.Flag(name);
    }

    private List<String> valueList() {
        Token open = next();
        if (open.type != Type.LPAREN) {
            throw unexpected(open, "(");
        }
        List<String> values = new ArrayList<>();
        values.add(value());
        while (peek().type == Type.COMMA) {
            next();
            values.add(value());
        }
        Token close = next();
        if (close.type != Type.RPAREN) {
            throw close.type == Type.END ? new ConditionException("condition.error.unclosed")
                    : unexpected(close, ", )");
        }
        return values;
    }

    private String value() {
        Token token = next();
        if (token.type != Type.WORD || KEYWORDS.contains(token.lower()) || token.text.contains(".")) {
            throw unexpected(token, "a value");
        }
        return token.text.toUpperCase(Locale.ROOT);
    }

    private Token peek() {
        return peek(0);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token token = peek();
        if (position < tokens.size() - 1) {
            position++;
        }
        return token;
    }

    private static ConditionException unexpected(Token token, String expected) {
        if (token.type == Type.END) {
            return new ConditionException("condition.error.end", expected);
        }
        return new ConditionException("condition.error.unexpected", token.text, token.position, expected);
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Type.LPAREN, "(", i + 1));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Type.RPAREN, ")", i + 1));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Type.COMMA, ",", i + 1));
                i++;
            } else if (c == '=') {
                tokens.add(new Token(Type.EQUALS, "=", i + 1));
                i++;
            } else if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                tokens.add(new Token(Type.NOT_EQUALS, "!=", i + 1));
                i += 2;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Type.WORD, text.substring(start, i), start + 1));
            } else {
                throw new ConditionException("condition.error.character", String.valueOf(c), i + 1);
            }
        }
        tokens.add(new Token(Type.END, "", text.length() + 1));
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    private enum Type { WORD, LPAREN, RPAREN, COMMA, EQUALS, NOT_EQUALS, END }

    private record Token(Type type, String text, int position) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isKeyword(String keyword) {
            return type == Type.WORD && lower().equals(keyword);
        }
    }
}
