package org.phonetriage.parsers.telegram.ios;

/**
 * A peer of the Postbox peer table ({@code t2}): a root object whose id field {@code i} is the
 * PeerId, whose namespace says what it is. A user (TelegramUser) keeps first and last name
 * ({@code fn}, {@code ln}), username ({@code un}) and the phone number the account shows
 * ({@code p}, international digits without '+'); a group or channel its title ({@code t}) and a
 * channel its username; a secret chat the user it is with ({@code r}).
 */
record PostboxPeer(PostboxPeerId id, String firstName, String lastName, String username, String phone,
                   String title, PostboxPeerId secretChatUser) {

    static PostboxPeer decode(byte[] value) throws PostboxException {
        PostboxObject o = PostboxObject.root(value);
        Long packed = o.int64("i");
        if (packed == null) {
            throw new PostboxException("a peer without its id (field i)");
        }
        PostboxPeerId id = PostboxPeerId.of(packed);
        Long regular = o.int64("r");
        String phone = blankToNull(o.string("p"));
        if (phone != null && !phone.matches("\\+?\\d{4,20}")) {
            throw new PostboxException("a peer whose phone field is no number");
        }
        return new PostboxPeer(id, blankToNull(o.string("fn")), blankToNull(o.string("ln")),
                blankToNull(o.string("un")), phone == null ? null : phone.replaceFirst("^\\+", ""),
                blankToNull(o.string("t")), regular == null ? null : PostboxPeerId.of(regular));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
