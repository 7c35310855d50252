<?php
/**
 * Settings → NHS glossary: auto-tagging, the glossary page, and a custom glossary. Saved through
 * options.php, which checks the nonce and `manage_options`; the page itself needs `manage_options` too.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** The settings page and what it saves. */
final class Settings {
	const PAGE  = 'ics-glossary';
	const GROUP = 'ics_glossary';
	const FILE  = 'ics_glossary_file';
	/** Largest glossary file accepted, in bytes. */
	const MAX_BYTES = 2097152;

	/**
	 * Whether this request's form has been handled: WordPress sanitizes a new option twice.
	 *
	 * @var bool
	 */
	private static $handled = false;

	/** Hooks into WordPress. */
	public static function init(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_init', array( self::class, 'register' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( FILE ), array( self::class, 'action_link' ) );
	}

	/** Adds Settings → NHS glossary, for those who may manage options. */
	public static function menu(): void {
		add_options_page( __( 'NHS glossary', 'ics-glossary' ), __( 'NHS glossary', 'ics-glossary' ), 'manage_options', self::PAGE, array( self::class, 'render' ) );
	}

	/** Registers the option with its sanitizer. */
	public static function register(): void {
		register_setting(
			self::GROUP,
			Options::NAME,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => Options::defaults(),
			)
		);
	}

	/**
	 * A "Settings" link beside "Deactivate".
	 *
	 * @param string[] $links The plugin's action links.
	 * @return string[]
	 */
	public static function action_link( $links ): array {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ics-glossary' ) . '</a>' );
		return $links;
	}

	/**
	 * One line of text for a setting: no line breaks or control characters. Markup is kept, as a
	 * selector may hold `>` or quotes, and is escaped wherever the value is printed.
	 *
	 * @param mixed $value The submitted value.
	 */
	private static function line( $value ): string {
		return trim( (string) preg_replace( '/[\x00-\x1f\x7f]+/', ' ', wp_check_invalid_utf8( (string) $value ) ) );
	}

	/**
	 * Reports a problem at the top of the settings page. settings_errors() prints the message as
	 * HTML, so every part is escaped here.
	 *
	 * @param string   $code    Identifies the notice.
	 * @param string   $message The message, plain text.
	 * @param string[] $details Lines listed under it, plain text.
	 * @param string   $type    error, warning or success.
	 */
	private static function notice( string $code, string $message, array $details = array(), string $type = 'error' ): void {
		$html = esc_html( $message );
		if ( $details ) {
			$html .= '</strong></p><ul class="ics-glossary-problems"><li>' . implode( '</li><li>', array_map( 'esc_html', $details ) ) . '</li></ul><p><strong>';
		}
		add_settings_error( self::GROUP, $code, $html, $type );
	}

	/**
	 * Cleans the submitted settings and, from the settings form only, takes in a custom glossary.
	 *
	 * @param mixed $input The submitted values.
	 * @return array<string, mixed>
	 */
	public static function sanitize( $input ): array {
		$old   = Options::get();
		$input = is_array( $input ) ? $input : array();
		if ( self::$handled ) {
			return array_merge( $old, $input );
		}
		$public = get_post_types( array( 'public' => true ) );
		$types  = isset( $input['post_types'] ) && is_array( $input['post_types'] ) ? array_map( 'sanitize_key', $input['post_types'] ) : array();
		$clean  = array(
			'autotag'       => ! empty( $input['autotag'] ),
			'post_types'    => array_values( array_intersect( $types, $public ) ),
			'first_only'    => ! empty( $input['first_only'] ),
			'exclude'       => self::line( $input['exclude'] ?? '' ),
			'never'         => self::line( $input['never'] ?? '' ),
			'glossary_href' => $old['glossary_href'],
			'mode'          => in_array( $input['mode'] ?? '', array( 'merge', 'replace' ), true ) ? $input['mode'] : 'merge',
		);
		$href = self::line( $input['glossary_href'] ?? '' );
		if ( '' === $href || esc_url_raw( $href, array( 'http', 'https' ) ) === $href ) {
			$clean['glossary_href'] = $href;
		} else {
			self::notice( 'glossary_href', __( 'The glossary page address was not saved: it must be a web address (http or https).', 'ics-glossary' ) );
		}

		// Only the settings form carries a glossary; options.php has checked its nonce and capability.
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- verified by options.php.
		if ( isset( $_POST['option_page'] ) && self::GROUP === $_POST['option_page'] ) {
			self::$handled = true;
			$clean['mode'] = self::take_glossary( $input, $clean['mode'], $old['mode'] );
		}

		$unknown = Glossary::unknown( Glossary::names( $clean['never'] ) );
		if ( $unknown ) {
			self::notice( 'never', __( 'Settings saved. These terms to leave unmarked are not in the glossary, so they change nothing:', 'ics-glossary' ), $unknown, 'warning' );
		}
		return $clean;
	}

	/**
	 * Handles the custom glossary part of the form: removal, an upload, or a file on the site; and a
	 * change of mode, which is checked against the glossary in use.
	 *
	 * @param array<string, mixed> $input    The submitted values.
	 * @param string               $mode     The mode asked for.
	 * @param string               $old_mode The mode in force.
	 * @return string The mode to save.
	 */
	private static function take_glossary( array $input, string $mode, string $old_mode ): string {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- verified by options.php.
		$custom = Options::custom();
		$url    = self::line( $input['glossary_url'] ?? '' );
		$upload = isset( $_FILES[ self::FILE ] ) && is_array( $_FILES[ self::FILE ] ) ? $_FILES[ self::FILE ] : null;
		// phpcs:enable
		if ( ! empty( $input['remove_custom'] ) ) {
			delete_option( Options::CUSTOM );
			return $mode;
		}
		if ( $upload && UPLOAD_ERR_NO_FILE !== $upload['error'] ) {
			$label = sanitize_file_name( wp_unslash( $upload['name'] ) );
			if ( UPLOAD_ERR_OK !== $upload['error'] || ! is_uploaded_file( $upload['tmp_name'] ) || filesize( $upload['tmp_name'] ) > self::MAX_BYTES ) {
				/* translators: %s: file name */
				self::notice( 'upload', sprintf( __( 'The file “%s” could not be received (at most 2 MB). The glossary in use is kept.', 'ics-glossary' ), $label ) );
				return $old_mode;
			}
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- PHP's own upload.
			return self::adopt( (string) file_get_contents( $upload['tmp_name'] ), $label, '', $mode, $old_mode );
		}
		if ( '' !== $url && ( ! $custom || $url !== $custom['url'] ) ) {
			$file = self::local_file( $url );
			if ( null === $file ) {
				/* translators: %s: the address given */
				self::notice( 'url', sprintf( __( 'No .json file on this site is at %s. The glossary in use is kept.', 'ics-glossary' ), $url ) );
				return $old_mode;
			}
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file, checked above.
			return self::adopt( (string) file_get_contents( $file ), $url, $url, $mode, $old_mode );
		}
		if ( $custom && $mode !== $old_mode ) {
			return self::adopt( $custom['json'], $custom['label'], $custom['url'], $mode, $old_mode );
		}
		return $mode;
	}

	/**
	 * Validates a glossary and, if it passes, puts it in use; otherwise shows why and keeps the old one.
	 *
	 * @param string $json     Its text.
	 * @param string $label    The file name or address, for messages.
	 * @param string $url      The address pages fetch it from, or '' to print it inline.
	 * @param string $mode     The mode asked for.
	 * @param string $old_mode The mode in force.
	 * @return string The mode to save.
	 */
	private static function adopt( string $json, string $label, string $url, string $mode, string $old_mode ): string {
		$result = Validator::check( $json, $mode );
		if ( $result['errors'] ) {
			self::notice(
				'invalid',
				/* translators: %s: file name or address */
				sprintf( __( 'The other settings are saved, but the glossary “%s” was not used, and the one in use is kept. Its problems:', 'ics-glossary' ), $label ),
				$result['errors']
			);
			return $old_mode;
		}
		$data    = json_decode( $json, true );
		$entries = isset( $data['entries'] ) ? $data['entries'] : $data;
		Options::set_custom(
			array(
				'json'    => $json,
				'url'     => $url,
				'label'   => $label,
				'count'   => count( $entries ),
				'checker' => $result['checker'],
			)
		);
		return $mode;
	}

	/**
	 * The path of a .json file under the content folder or the WordPress folder that `$url` names.
	 *
	 * @param string $url An address on this site.
	 */
	private static function local_file( string $url ): ?string {
		$unschemed = function ( $address ) {
			return preg_replace( '#^https?:#', '', $address );
		};
		$path      = strtok( $unschemed( $url ), '?#' );
		foreach ( array( WP_CONTENT_DIR => content_url(), ABSPATH => site_url() ) as $dir => $base ) {
			$base = trailingslashit( $unschemed( $base ) );
			if ( 0 !== strpos( $path, $base ) ) {
				continue;
			}
			$root = realpath( $dir );
			$file = realpath( trailingslashit( $dir ) . rawurldecode( substr( $path, strlen( $base ) ) ) );
			if ( $root && $file && 0 === strpos( $file, trailingslashit( $root ) ) && '.json' === substr( $file, -5 ) && is_file( $file ) ) {
				return $file;
			}
		}
		return null;
	}

	/** Prints the page. */
	public static function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$options = Options::get();
		$custom  = Options::custom();
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<form method="post" action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" enctype="multipart/form-data">
				<?php settings_fields( self::GROUP ); ?>
				<h2><?php esc_html_e( 'Explaining terms in posts', 'ics-glossary' ); ?></h2>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><?php esc_html_e( 'Mark terms', 'ics-glossary' ); ?></th>
						<td><label><input type="checkbox" name="<?php echo esc_attr( Options::NAME ); ?>[autotag]" value="1" <?php checked( $options['autotag'] ); ?> /> <?php esc_html_e( 'Mark NHS terms in posts, explained as they stood on the post’s date', 'ics-glossary' ); ?></label></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'In', 'ics-glossary' ); ?></th>
						<td><fieldset>
							<?php foreach ( get_post_types( array( 'public' => true ), 'objects' ) as $type ) : ?>
								<label><input type="checkbox" name="<?php echo esc_attr( Options::NAME ); ?>[post_types][]" value="<?php echo esc_attr( $type->name ); ?>" <?php checked( in_array( $type->name, $options['post_types'], true ) ); ?> /> <?php echo esc_html( $type->labels->name ); ?></label><br />
							<?php endforeach; ?>
						</fieldset></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Where', 'ics-glossary' ); ?></th>
						<td><label><input type="checkbox" name="<?php echo esc_attr( Options::NAME ); ?>[first_only]" value="1" <?php checked( $options['first_only'] ); ?> /> <?php esc_html_e( 'Only where each term first appears in a post', 'ics-glossary' ); ?></label></td>
					</tr>
					<tr>
						<th scope="row"><label for="ics-glossary-exclude"><?php esc_html_e( 'Leave alone', 'ics-glossary' ); ?></label></th>
						<td><input type="text" class="regular-text code" id="ics-glossary-exclude" name="<?php echo esc_attr( Options::NAME ); ?>[exclude]" value="<?php echo esc_attr( $options['exclude'] ); ?>" aria-describedby="ics-glossary-exclude-help" />
						<p class="description" id="ics-glossary-exclude-help"><?php esc_html_e( 'A CSS selector for parts of posts not to mark, such as blockquote, .byline. Empty: headings and code. Links, buttons and form fields are always left alone.', 'ics-glossary' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="ics-glossary-never"><?php esc_html_e( 'Never mark', 'ics-glossary' ); ?></label></th>
						<td><input type="text" class="regular-text" id="ics-glossary-never" name="<?php echo esc_attr( Options::NAME ); ?>[never]" value="<?php echo esc_attr( $options['never'] ); ?>" aria-describedby="ics-glossary-never-help" />
						<p class="description" id="ics-glossary-never-help"><?php esc_html_e( 'Terms, separated by commas, such as ICP, place.', 'ics-glossary' ); ?></p></td>
					</tr>
				</table>

				<h2><?php esc_html_e( 'Glossary page', 'ics-glossary' ); ?></h2>
				<p><?php esc_html_e( 'Put the [ics_glossary] shortcode or the NHS glossary block on a page; tooltips then link to its entries.', 'ics-glossary' ); ?></p>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="ics-glossary-href"><?php esc_html_e( 'Glossary page address', 'ics-glossary' ); ?></label></th>
						<td><input type="url" class="regular-text code" id="ics-glossary-href" name="<?php echo esc_attr( Options::NAME ); ?>[glossary_href]" value="<?php echo esc_attr( $options['glossary_href'] ); ?>" placeholder="<?php echo esc_attr( home_url( '/glossary/' ) ); ?>" />
						<p class="description"><?php esc_html_e( 'Tooltips add a “More in the glossary” link to it, with #icb and so on added.', 'ics-glossary' ); ?></p></td>
					</tr>
				</table>

				<h2><?php esc_html_e( 'Your own glossary', 'ics-glossary' ); ?></h2>
				<p>
					<?php
					if ( $custom ) {
						printf(
							/* translators: 1: file name or address, 2: number of entries */
							esc_html( _n( 'In use: “%1$s”, %2$d entry.', 'In use: “%1$s”, %2$d entries.', (int) $custom['count'], 'ics-glossary' ) ),
							esc_html( $custom['label'] ),
							(int) $custom['count']
						);
						echo ' ';
						echo 'node' === $custom['checker']
							? esc_html__( 'It passed the same checks as the glossary elements apply.', 'ics-glossary' )
							: esc_html__( 'It passed the JSON schema (Node.js was not available for the full checks).', 'ics-glossary' );
					} else {
						esc_html_e( 'None: the bundled glossary is used.', 'ics-glossary' );
					}
					?>
				</p>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="ics-glossary-file"><?php esc_html_e( 'Upload a JSON file', 'ics-glossary' ); ?></label></th>
						<td><input type="file" id="ics-glossary-file" name="<?php echo esc_attr( self::FILE ); ?>" accept=".json,application/json" />
						<p class="description"><?php esc_html_e( 'A glossary in the format of glossary.schema.json. A file with any problem is refused and the glossary in use kept.', 'ics-glossary' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="ics-glossary-url"><?php esc_html_e( 'Or a file on this site', 'ics-glossary' ); ?></label></th>
						<td><input type="url" class="regular-text code" id="ics-glossary-url" name="<?php echo esc_attr( Options::NAME ); ?>[glossary_url]" value="<?php echo esc_attr( $custom ? $custom['url'] : '' ); ?>" placeholder="<?php echo esc_attr( content_url( '/uploads/glossary.json' ) ); ?>" />
						<p class="description"><?php esc_html_e( 'Checked when saved; pages then load it from there.', 'ics-glossary' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Use it', 'ics-glossary' ); ?></th>
						<td><fieldset>
							<label><input type="radio" name="<?php echo esc_attr( Options::NAME ); ?>[mode]" value="merge" <?php checked( $options['mode'], 'merge' ); ?> /> <?php esc_html_e( 'Merged with the bundled glossary: same ids replace bundled entries, new ones are added', 'ics-glossary' ); ?></label><br />
							<label><input type="radio" name="<?php echo esc_attr( Options::NAME ); ?>[mode]" value="replace" <?php checked( $options['mode'], 'replace' ); ?> /> <?php esc_html_e( 'Instead of the bundled glossary', 'ics-glossary' ); ?></label>
						</fieldset></td>
					</tr>
					<?php if ( $custom ) : ?>
					<tr>
						<th scope="row"><?php esc_html_e( 'Remove', 'ics-glossary' ); ?></th>
						<td><label><input type="checkbox" name="<?php echo esc_attr( Options::NAME ); ?>[remove_custom]" value="1" /> <?php esc_html_e( 'Go back to the bundled glossary alone', 'ics-glossary' ); ?></label></td>
					</tr>
					<?php endif; ?>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
