package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_login_ok} (record 301) as the CCXML process logs it. {@code userObjectId} is the wire
 * argument {@code id}.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param login the user's login
 * @param name the user's name
 * @param userObjectId the user's object id in the configuration
 * @param mode the user's mode (agent, supervisor, ...), as logged
 * @param instancesCount how many instances of the agent's client run
 * @param profileName the user's profile name
 * @param profileId the user's profile id
 * @param groupName the user's group name
 * @param groupDisplayName the user's group display name
 * @param groupPath the user's group path in the configuration
 * @param userId the user's id in the configuration
 * @param version the version of the agent's client
 */
public record LoginOk(String sessionId, String login, String name, int userObjectId, String mode,
                      int instancesCount, String profileName, int profileId, String groupName,
                      String groupDisplayName, String groupPath, String userId, int version)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_login_ok} in the {@code ccxml_logger} interface. */
    public static final int ID = 301;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param login the user's login
     * @param name the user's name
     * @param userObjectId the user's object id in the configuration
     * @param mode the user's mode (agent, supervisor, ...), as logged
     * @param instancesCount how many instances of the agent's client run
     * @param profileName the user's profile name
     * @param profileId the user's profile id
     * @param groupName the user's group name
     * @param groupDisplayName the user's group display name
     * @param groupPath the user's group path in the configuration
     * @param userId the user's id in the configuration
     * @param version the version of the agent's client
     */
    public LoginOk {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        login = Objects.requireNonNullElse(login, "");
        name = Objects.requireNonNullElse(name, "");
        mode = Objects.requireNonNullElse(mode, "");
        profileName = Objects.requireNonNullElse(profileName, "");
        groupName = Objects.requireNonNullElse(groupName, "");
        groupDisplayName = Objects.requireNonNullElse(groupDisplayName, "");
        groupPath = Objects.requireNonNullElse(groupPath, "");
        userId = Objects.requireNonNullElse(userId, "");
    }

    static LoginOk read(ArgumentReader in) {
        return new LoginOk(
                in.str(),
                in.str(),
                in.str(),
                in.u32(),
                in.str(),
                in.u32(),
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .str(login)
                .str(name)
                .u32(userObjectId)
                .str(mode)
                .u32(instancesCount)
                .str(profileName)
                .u32(profileId)
                .str(groupName)
                .str(groupDisplayName)
                .str(groupPath)
                .str(userId)
                .u32(version);
    }
}
