<?php
/**
 * Post content wrapped in `<ics-autotag as-of="…">`, so each post is explained as of its publication
 * date; and the per-post checkbox that turns it off.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

use WP_Post;

defined( 'ABSPATH' ) || exit;

/** The_content filter and the post's meta box. */
final class Content {
	/** Post meta set to "1" when the post's checkbox is cleared. */
	const OFF = '_ics_glossary_off';

	/**
	 * One decision per the_content call being filtered (they can nest: a post that shows others).
	 *
	 * @var bool[]
	 */
	private static $wrapping = array();

	/** Hooks into WordPress. */
	public static function init(): void {
		// Before blocks (9) and shortcodes (11) render, so that they know a provider will be around them;
		// the wrapping itself after both.
		add_filter( 'the_content', array( self::class, 'open' ), 8 );
		add_filter( 'the_content', array( self::class, 'wrap' ), 20 );
		add_filter( 'render_block_core/post-content', array( self::class, 'take_layout' ) );
		add_action( 'add_meta_boxes', array( self::class, 'add_meta_box' ) );
		add_action( 'save_post', array( self::class, 'save' ) );
	}

	/**
	 * The post's date, when its type is one the settings choose.
	 *
	 * @param WP_Post|null $post The post.
	 */
	public static function as_of( $post ): ?string {
		if ( ! $post instanceof WP_Post || ! in_array( $post->post_type, Options::get()['post_types'], true ) ) {
			return null;
		}
		return get_post_time( 'Y-m-d', false, $post );
	}

	/**
	 * Whether the content of `$post` is to be tagged here.
	 *
	 * @param WP_Post|null $post The post.
	 */
	private static function tags( $post ): bool {
		// Feeds have no script to run, and an excerpt is stripped of markup anyway.
		return Options::get()['autotag'] && null !== self::as_of( $post )
			&& ! get_post_meta( $post->ID, self::OFF, true ) && ! is_feed() && ! doing_filter( 'get_the_excerpt' );
	}

	/**
	 * Decides, before blocks and shortcodes render, whether this content will be wrapped.
	 *
	 * @param string $content The content so far.
	 */
	public static function open( $content ) {
		$wrap             = self::tags( get_post() );
		self::$wrapping[] = $wrap;
		if ( $wrap ) {
			Markup::enter();
		}
		return $content;
	}

	/**
	 * Wraps the rendered content.
	 *
	 * @param string $content The content.
	 */
	public static function wrap( $content ) {
		if ( ! array_pop( self::$wrapping ) ) {
			return $content;
		}
		Markup::leave();
		$options = Options::get();
		$never   = Glossary::names( $options['never'] );
		$attributes = array(
			// See take_layout(); themes whose post container has another class can name it here.
			'class'      => apply_filters( 'ics_glossary_wrapper_class', 'entry-content' ),
			// The element sets this itself, but only once its code has loaded.
			'style'      => 'display: contents',
			'as-of'      => self::as_of( get_post() ),
			'first-only' => $options['first_only'] ? null : 'false',
			'exclude'    => $options['exclude'],
			'terms'      => $never ? implode( ' ', Glossary::autotag_ids( $never ) ) : null,
		);
		return Markup::provided( '<ics-autotag' . Markup::attributes( $attributes ) . '>' . $content . '</ics-autotag>' );
	}

	/**
	 * Gives the wrapper its container's classes. Themes lay out post content with rules such as
	 * `.entry-content > *` (classic themes) or `.is-layout-constrained > *` (block themes), which
	 * stop matching once the wrapper stands between the container and the content. The wrapper has
	 * no box (display: contents), so the classes only bring those rules back to its children. A
	 * classic theme's container is `.entry-content` by near-universal convention; a block theme's
	 * is the post content block, whose classes are final here.
	 *
	 * @param string $html The rendered post content block.
	 */
	public static function take_layout( $html ) {
		$default = 'class="' . esc_attr( apply_filters( 'ics_glossary_wrapper_class', 'entry-content' ) ) . '"';
		if ( ! preg_match( '/^\s*<[a-z]+\b[^>]*\sclass="([^"]*)"[^>]*>\s*(<ics-glossary-provider\b[^>]*>(?:<script\b.*?<\/script>)?)?<ics-autotag ' . preg_quote( $default, '/' ) . '/s', $html, $m ) ) {
			return $html;
		}
		return preg_replace( '/<ics-autotag ' . preg_quote( $default, '/' ) . '/', '<ics-autotag class="' . $m[1] . '"', $html, 1 );
	}

	/** The checkbox, on the post types that are tagged. */
	public static function add_meta_box(): void {
		add_meta_box( 'ics-glossary', __( 'NHS glossary', 'ics-glossary' ), array( self::class, 'meta_box' ), Options::get()['post_types'], 'side' );
	}

	/**
	 * Prints the checkbox.
	 *
	 * @param WP_Post $post The post being edited.
	 */
	public static function meta_box( $post ): void {
		wp_nonce_field( 'ics_glossary_post', 'ics_glossary_post_nonce' );
		printf(
			'<label><input type="checkbox" name="ics_glossary_tag" value="1"%s /> %s</label>',
			checked( ! get_post_meta( $post->ID, self::OFF, true ), true, false ),
			esc_html__( 'Explain NHS terms in this post', 'ics-glossary' )
		);
	}

	/**
	 * Saves the checkbox.
	 *
	 * @param int $post_id The post saved.
	 */
	public static function save( $post_id ): void {
		$nonce = isset( $_POST['ics_glossary_post_nonce'] ) ? sanitize_key( wp_unslash( $_POST['ics_glossary_post_nonce'] ) ) : '';
		if ( ! wp_verify_nonce( $nonce, 'ics_glossary_post' ) || ! current_user_can( 'edit_post', $post_id ) || wp_is_post_autosave( $post_id ) || wp_is_post_revision( $post_id ) ) {
			return;
		}
		if ( empty( $_POST['ics_glossary_tag'] ) ) {
			update_post_meta( $post_id, self::OFF, '1' );
		} else {
			delete_post_meta( $post_id, self::OFF );
		}
	}
}
