namespace Trendy.Native.Isal;

/// <summary>Whether ISA-L can be used in this process (libisal.so.2 present with the stateless calls), decided once.</summary>
public static class IsalCodec
{
    public static bool IsAvailable => IsalNative.Available;
}
